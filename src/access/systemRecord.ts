import type { Access, CollectionConfig } from 'payload'

/**
 * The access of a collection only the system writes (review log, exports, snapshots,
 * source changes): `read` decides who sees it; nobody creates, changes or deletes a
 * record through the API. The code writes them with the Local API's system access.
 */
export const systemRecord = (read: Access): NonNullable<CollectionConfig['access']> => ({
  read,
  create: () => false,
  update: () => false,
  delete: () => false,
})
