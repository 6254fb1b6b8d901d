import type { Language } from '../messages'
import { de } from './de'
import { en } from './en'

/**
 * The words of the site commit's message (`exportCommitMessage` in `src/export/git.ts`),
 * one set per language: the pieces its layout joins. Both languages are typed by this one
 * type, so a piece missing in one does not compile.
 */
export type SiteCommitTexts = {
  /** "2 provider pages": the subject's count. */
  pages: (count: number) => string
  exported: (pages: string) => string
  /** The removal part of the subject; `isFirst` when nothing was written before it. */
  removed: (pages: string, isFirst: boolean) => string
  /** One page's line: who approved the exported version, and on which day (`YYYY-MM-DD`). */
  approved: (slug: string, reviewer: string, day: string) => string
  unknownReviewer: string
  unapproved: (slug: string) => string
  gone: (slug: string) => string
  trailer: (startedBy: string, exportId: string) => string
}

export const siteCommitTexts: Readonly<Record<Language, SiteCommitTexts>> = { de, en }
