import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A provider's sources, audits and review log belong to it: deleting the provider
 * (admins only) deletes them in the same transaction, so no orphan is left behind.
 */
export const deleteProviderRelations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['sources', 'audits', 'reviews'] as const) {
    await req.payload.delete({
      collection,
      where: { provider: { equals: id } },
      req,
      // Part of an admin's permitted delete; the review log itself is never deletable by hand.
      overrideAccess: true,
    })
  }
}
