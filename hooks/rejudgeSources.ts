import type { CollectionAfterChangeHook } from 'payload'

import type { Provider } from '../src/payload-types'
import { withRequestContext } from '../src/db/withRequestContext'
import { isSameValue } from '../src/workflow/changedContentFields'

/** The provider fields the vendor domains come from (`vendorDomainsOf`). */
const vendorFields = [
  'website',
  'privacy',
  'terms',
  'transparency',
  'warrant_canary',
  'repo',
  'vendorDomains',
] as const

/**
 * When a provider's vendor domains change (one of the `vendorFields`), every one of its
 * sources is judged again: each is re-saved, so `enforcePrimarySources` sets its new
 * verdict against this revision. The re-save sets `allowRejectedSources` (a source
 * that no longer passes is kept, as rejected, and blocks approval) and shares `req`,
 * so it is part of the same transaction. Sources never save providers: no loop.
 */
export const rejudgeSources: CollectionAfterChangeHook<Provider> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') return doc
  const isChanged = vendorFields.some((field) => !isSameValue(previousDoc?.[field], doc[field]))
  if (!isChanged) return doc
  const { docs: sources } = await req.payload.find({
    collection: 'sources',
    where: { provider: { equals: doc.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await withRequestContext({
    req,
    context: { allowRejectedSources: true },
    run: async (context) => {
      for (const source of sources) {
        await req.payload.update({
          collection: 'sources',
          id: source.id,
          data: {},
          depth: 0,
          overrideAccess: true,
          context,
          req,
        })
      }
    },
  })
  return doc
}
