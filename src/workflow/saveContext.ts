import type { RequestContext } from 'payload'

/**
 * What a caller tells a save: the `req.context` flags the hooks read, typed by augmenting
 * Payload's `RequestContext`, and their readers. A caller sets them on a Local API call
 * (`context: { … }`); they never come from an HTTP request, except `approvedRevision`,
 * which `routeProviderSave` (`hooks.ts`) takes from an approval's body.
 */
declare module 'payload' {
  // Module augmentation merges only into an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface RequestContext {
    /**
     * The importer writes a page as it stands: `reviewState`, `updated`, `_status` and
     * `editedBy` are taken as given, no workflow checks, no review record; rejected
     * citations are stored with their verdict and findings instead of refused.
     */
    isImport?: boolean
    /** The clock for approval dates (`YYYY-MM-DD` or an ISO time), for tests and the CLI. */
    now?: string | Date
    /** The `updatedAt` of the draft an approval approves (from the request's `approvedRevision`). */
    approvedRevision?: string
    /** Set by Payload while it restores a version. */
    isRestoringVersion?: boolean
  }
}

export const isImport = (context: RequestContext): boolean => Boolean(context.isImport)

export const isRestoringVersion = (context: RequestContext): boolean =>
  Boolean(context.isRestoringVersion)

export const approvedRevisionOf = (context: RequestContext): string | undefined =>
  typeof context.approvedRevision === 'string' ? context.approvedRevision : undefined

/** The given clock, else the real one. */
export const nowOf = (context: RequestContext): Date => {
  const given = context.now
  if (given instanceof Date) return given
  if (typeof given === 'string' && !Number.isNaN(Date.parse(given))) return new Date(given)
  return new Date()
}
