import type { Language } from '../messages'
import { de } from './de'
import { en } from './en'

/**
 * The words of the reminder digest (`src/reminders/composeDigest.ts`), one set per
 * language: the pieces its layout joins (subject, greeting, headings, labels, the quote
 * marks, the footer), not messages that stand on their own. Both languages are typed
 * by this one type, so a piece missing in one does not compile.
 */
export type DigestTexts = {
  /**
   * "provider-desk: 2 profiles need a review, 1 source changed"; without changed sources
   * only the profiles' part, without profiles only the sources'.
   */
  subject: (counts: { profiles: number; sources: number }) => string
  greeting: (name: string | null) => string
  intro: (count: number) => string
  /** The first sentence when there is no stale or due-soon provider, only changed sources. */
  introSourcesOnly: string
  sourcesHeading: string
  sourcesIntro: (count: number) => string
  citedBy: string
  excerpt: string
  /** The label of a block whose quoted passages no longer stand ("Belege geändert"). */
  claimsChanged: string
  claimState: (state: 'edited' | 'vanished') => string
  quoted: (text: string) => string
  asApproved: string
  now: string
  closest: string
  /** The notes on changed documents whose quoted passages all hold. */
  notesHeading: string
  notesIntro: (count: number) => string
  state: (entry: ReviewDue) => string
  lastReviewed: (date: string) => string
  unassigned: string
  open: string
  footer: (suppressDays: number) => string
  /** The footer when the digest has changed sources. */
  footerWithSources: (args: { suppressDays: number; hasProfiles: boolean }) => string
  formatDate: (isoDay: string) => string
}

/** How due a profile's review is: a digest entry's state and its days. */
export type ReviewDue =
  | { state: 'stale'; /** ≥ 1 */ daysOverdue: number }
  | { state: 'due-soon'; /** 0 … dueSoonDays */ daysLeft: number }

export const digestTexts: Readonly<Record<Language, DigestTexts>> = { de, en }
