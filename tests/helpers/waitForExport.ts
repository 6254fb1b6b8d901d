import type { Export } from '../../src/payload-types'
import type { RestClient } from './rest'

/** Polls `GET /api/exports/:id` until the run is succeeded, partial or failed, as the admin view does. */
export const waitForExport = async ({
  client,
  id,
  timeoutMs = 60_000,
}: {
  client: RestClient
  id: string
  timeoutMs?: number
}): Promise<Export> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { status, body } = await client.request('GET', `/api/exports/${id}?depth=1`)
    if (status !== 200) throw new Error(`GET /api/exports/${id}: ${status} ${JSON.stringify(body)}`)
    if (['succeeded', 'partial', 'failed'].includes(body.status)) return body
    if (Date.now() > deadline)
      throw new Error(`export ${id} still ${body.status} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
