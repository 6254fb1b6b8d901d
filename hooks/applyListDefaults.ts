import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A REST list (`GET /api/<collection>`) that does not ask for a `depth` is read at
 * depth 0: relations come as ids, as the site's tooling and the admin's tables use
 * them. Payload's default (2) would load every related document of every row, for
 * the staff 17 source registry entries and the reviewer per provider, work nobody
 * reads. `?depth=N` still populates; a single document (`/api/<collection>/:id`),
 * GraphQL (which populates what the query names) and the Local API keep Payload's
 * defaults.
 */
export const applyListDefaults: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST') return args
  const read = args as { id?: unknown; depth?: number }
  if (read.id !== undefined || read.depth !== undefined) return args
  return { ...args, depth: 0 }
}
