import type { RequestContext } from 'payload'

/**
 * The `req.context` flags the hooks read. A caller sets them on a Local API call
 * (`context: { … }`); they never come from an HTTP request.
 * - `isImport`: the importer writes a page as it stands: `reviewState`, `updated`,
 *   `_status` and `editedBy` are taken as given, no workflow checks, no review record.
 * - `allowRejectedSources`: a source the primary-source rule rejects is stored with
 *   its verdict and findings instead of refused (the importer keeps every line; the
 *   re-judging after a vendor-domain change updates verdicts).
 * - `now`: the clock for approval dates (`YYYY-MM-DD` or an ISO time), for tests and the CLI.
 */
export type ContextFlags = {
  isImport?: boolean
  allowRejectedSources?: boolean
  now?: string | Date
}

export const isImport = (context: RequestContext): boolean => Boolean(context.isImport)

export const allowsRejectedSources = (context: RequestContext): boolean =>
  Boolean(context.allowRejectedSources)

export const nowOf = (context: RequestContext): Date => {
  const given = context.now
  if (given instanceof Date) return given
  if (typeof given === 'string' && !Number.isNaN(Date.parse(given))) return new Date(given)
  return new Date()
}
