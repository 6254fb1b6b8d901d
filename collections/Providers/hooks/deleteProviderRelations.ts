import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A provider's review log and its source changes belong to it: deleting the provider
 * (admins only) deletes them in the same transaction, so no orphan is left behind. Citations and audits are
 * part of the provider itself; registry entries are shared and stay.
 */
export const deleteProviderRelations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'reviews',
    where: { provider: { equals: id } },
    req,
    // Part of an admin's permitted delete; the review log itself is never deletable by hand.
    overrideAccess: true,
  })
  // Its source changes say what changed for this profile; without it they mean nothing.
  await req.payload.delete({
    collection: 'sourceChanges',
    where: { provider: { equals: id } },
    req,
    overrideAccess: true,
  })
}
