import type { Payload, PayloadRequest } from 'payload'

import type { Provider } from '../payload-types'

/**
 * Sets simple fields of a provider on the stored document and on its latest revision in
 * place, through the database adapter: no new revision, no hooks, `updatedAt` unchanged.
 * For what is no edit of the page: assigning the reviewer, withdrawing a publication that
 * was never approved. MongoDB gets dotted paths (a nested `version` object would replace
 * the whole revision there); SQLite writes the nested object's columns.
 */
export const writeInPlace = async ({
  payload,
  id,
  data,
  req,
}: {
  payload: Payload
  id: string
  data: Partial<Pick<Provider, 'reviewer' | 'reviewState' | '_status'>>
  req?: Partial<PayloadRequest>
}): Promise<void> => {
  // Nothing read back: a migration runs this against the schema of its own time, which has
  // none of the tables later migrations add (the current config would select them).
  await payload.db.updateOne({ collection: 'providers', id, data, req, returning: false })
  // Only the id: the adapter would join every array table of the revision otherwise.
  const { docs } = await payload.db.findVersions({
    collection: 'providers',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    select: { parent: true, version: { _status: true } },
    req,
  })
  const latest = docs[0]
  if (!latest) return
  const versionData =
    payload.db.name === 'mongoose'
      ? Object.fromEntries(Object.entries(data).map(([key, value]) => [`version.${key}`, value]))
      : { version: data }
  await payload.db.updateVersion({
    collection: 'providers',
    id: String(latest.id),
    versionData: versionData as never,
    req,
    returning: false,
  })
}
