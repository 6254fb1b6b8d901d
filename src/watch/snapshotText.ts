import type { Payload, PayloadRequest } from 'payload'

/** The text of a snapshot (`''` for none or a missing one), read alone: texts are large. */
export const snapshotText = async ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: string | null
  req?: PayloadRequest
}): Promise<string> => {
  if (!id) return ''
  const snapshot = await payload.findByID({
    collection: 'snapshots',
    id,
    depth: 0,
    select: { text: true },
    disableErrors: true,
    req,
  })
  return snapshot?.text ?? ''
}
