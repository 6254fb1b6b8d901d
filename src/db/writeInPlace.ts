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
  await payload.db.updateOne({ collection: 'providers', id, data, req })
  const { docs } = await payload.db.findVersions({
    collection: 'providers',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
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
  })
}
