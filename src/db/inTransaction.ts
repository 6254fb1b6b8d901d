import type { Payload, PayloadRequest, RequestContext } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

/**
 * Runs `write` in one transaction where the adapter has them (SQLite does, a MongoDB
 * without a replica set does not): committed when `write` returns, rolled back when it
 * throws. With a fresh system request, whose `context` is given (flags such as the
 * importer's, read by the hooks); or with the caller's `req`, joining its transaction when
 * it has one (then the caller commits).
 */
export const inTransaction = async <T>({
  payload,
  context = {},
  req: given,
  write,
}: {
  payload: Payload
  context?: RequestContext
  req?: PayloadRequest
  write: (req: PayloadRequest) => Promise<T>
}): Promise<T> => {
  const req = given ?? (await createLocalReq({ context }, payload))
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
