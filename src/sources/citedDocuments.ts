import { idOf } from '../db/idOf'
import { normalizedUrl } from './vendors'

/**
 * "The documents a revision cites", once: every citation and audit report the primary-source
 * rule judged `primary` or `linked`, by normalized URL, with the vendor page a linked
 * third-party document is linked from. The registry (`linkCitedSources`), the approval's
 * snapshot record, the watch's targets and its findings all read a revision through this.
 * Rejected entries and entries without a usable URL are never cited documents.
 */

/** One document a revision cites. */
export type CitedDocument = {
  /** Where the revision holds it: `citations.2.url`, `audits.0.reportUrl`. */
  path: string
  /** Its normalized URL. */
  url: string
  /** For a `linked` third-party document, the vendor page it is linked from (normalized). */
  linkedFrom: string | null
  /** The registry entry a save linked the entry to (`source`), when the revision has it. */
  sourceId: string | null
}

type CitedEntry = {
  url?: string | null
  reportUrl?: string | null
  verdict?: string | null
  linkedFrom?: string | null
  source?: unknown
}

/** The parts of a revision that cite documents (any shape that has them: a save's data, a read). */
export type CitingRevision = {
  citations?: readonly CitedEntry[] | null
  audits?: readonly CitedEntry[] | null
}

export const citedDocumentsOf = (revision: CitingRevision): CitedDocument[] => {
  const entries = [
    ...(revision.citations ?? []).map((entry, index) => ({
      entry,
      path: `citations.${index}.url`,
      url: entry.url,
    })),
    ...(revision.audits ?? []).map((entry, index) => ({
      entry,
      path: `audits.${index}.reportUrl`,
      url: entry.reportUrl,
    })),
  ]
  return entries.flatMap(({ entry, path, url: given }): CitedDocument[] => {
    const url = normalizedUrl(given)
    if (!url || (entry.verdict !== 'primary' && entry.verdict !== 'linked')) return []
    const linkedFrom = entry.verdict === 'linked' ? normalizedUrl(entry.linkedFrom) : null
    return [{ path, url, linkedFrom, sourceId: idOf(entry.source) }]
  })
}

/** Every URL the watch keeps for these documents, once: each document and each linking vendor page. */
export const watchedUrlsOf = (documents: readonly CitedDocument[]): string[] => [
  ...new Set(documents.flatMap((document) => [document.url, document.linkedFrom ?? []].flat())),
]
