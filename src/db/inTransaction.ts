import type { Payload, PayloadRequest, RequestContext } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Runs `write` with a fresh system request in one transaction where the adapter has them
 * (SQLite does, a MongoDB without a replica set does not): committed when `write`
 * returns, rolled back when it throws. `context` is the request's context (flags such as
 * the importer's, read by the hooks).
 */
export const inTransaction = async <T>({
  payload,
  context = {},
  write,
}: {
  payload: Payload
  context?: RequestContext
  write: (req: PayloadRequest) => Promise<T>
}): Promise<T> => {
  const req = await createLocalReq({ context }, payload)
  const isOwnTransaction = await initTransaction(req)
  try {
    const result = await write(req)
    if (isOwnTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    throw error
  }
}
