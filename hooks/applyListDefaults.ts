import type { CollectionBeforeOperationHook, PayloadRequest, SelectType } from 'payload'

/** The requests whose list read was given the defaults: only the first read of each. */
const defaulted = new WeakSet<PayloadRequest>()

/**
 * The defaults of a REST list (`GET /api/<collection>`) that the client did not set:
 *
 * - `depth` 0: relations come as ids, as the site's tooling and the admin's tables use
 *   them. Payload's default (2) would load every related document of every row, for
 *   the staff 17 source registry entries and the reviewer per provider. `?depth=N`
 *   still populates.
 * - `select`, when the collection gives one: a list carries what names and places each
 *   document, not every document whole. A provider is a page (ten rich-text sections,
 *   its citations with their verdicts, the Datenblatt), and assembling 20 of them was
 *   most of a list's time (docs/benchmarks.md). `?select[field]=true` reads other
 *   fields; one document (`/api/<collection>/:id`) is read whole.
 *
 * Only the list route's own read gets them: the request's path is the collection's,
 * and it is the first read in that request. A read that code does with the same `req`
 * (a custom endpoint such as `/:id/markdown`, a hook) keeps what it asks for, as do
 * GraphQL (which reads what the query names) and the Local API.
 */
export const applyListDefaults =
  ({ select }: { select?: SelectType } = {}): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI !== 'REST' || defaulted.has(req)) return args
    const read = args as { id?: unknown; depth?: number; select?: SelectType }
    const listPath = `${req.payload.config.routes.api}/${collection.slug}`
    if (read.id !== undefined || req.pathname?.replace(/\/$/, '') !== listPath) return args
    defaulted.add(req)
    return {
      ...args,
      depth: read.depth ?? 0,
      ...(select && read.select === undefined ? { select } : {}),
    }
  }
