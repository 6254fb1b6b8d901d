import { dateText } from '../dates'
import type { DigestTexts } from './digestTexts'
import { digestSubject } from './subject'

const dayCount = (n: number): string => (n === 1 ? '1 day' : `${n} days`)

/** The subject's part for the profiles due (`digestSubject` adds the name). */
const profilesDue = (count: number): string =>
  count === 1 ? '1 provider profile needs a review' : `${count} provider profiles need a review`

/** The subject's part for changed sources. */
const sourcesChanged = (count: number): string =>
  count === 1 ? '1 source changed' : `${count} sources changed`

/** The words of the English reminder digest. */
export const en: DigestTexts = {
  subject: digestSubject({ profilesDue, sourcesChanged }),
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  intro: (count) =>
    count === 1
      ? 'this provider profile is overdue or due soon and needs a review:'
      : 'these provider profiles are overdue or due soon and need a review:',
  introSourcesOnly: 'the source watch noticed changes in cited documents.',
  sourcesHeading: 'Sources changed',
  sourcesIntro: (count) =>
    count === 1
      ? 'This cited document changed since the last approval. Please check the change and approve the profiles citing it again:'
      : 'These cited documents changed since the last approval. Please check the changes and approve the profiles citing them again:',
  citedBy: 'cited in',
  excerpt: 'Change',
  claimsChanged: 'Evidence changed',
  claimState: (state) => (state === 'edited' ? 'edited' : 'no longer found'),
  quoted: (text) => `“${text}”`,
  asApproved: 'as approved',
  now: 'now',
  closest: 'closest passage',
  notesHeading: 'Changed, evidence unaffected',
  notesIntro: (count) =>
    count === 1
      ? 'This cited document changed, but every passage the profiles quote from it still stands. Nothing was re-opened; for your information:'
      : 'These cited documents changed, but every passage the profiles quote from them still stands. Nothing was re-opened; for your information:',
  state: (entry) =>
    entry.state === 'stale'
      ? `overdue by ${dayCount(entry.daysOverdue)}`
      : entry.daysLeft === 0
        ? 'due today'
        : `due in ${dayCount(entry.daysLeft)}`,
  lastReviewed: (date) => `last reviewed on ${date}`,
  unassigned: 'no reviewer assigned',
  open: 'Open in admin',
  footer: (days) =>
    `You get this reminder at most once every ${days} days per profile. It was sent automatically by provider-desk.`,
  footerWithSources: ({ suppressDays, hasProfiles }) =>
    [
      ...(hasProfiles
        ? [`You get this reminder at most once every ${suppressDays} days per profile.`]
        : []),
      'Each source change is reported once.',
      'This mail was sent automatically by provider-desk.',
    ].join(' '),
  formatDate: (day) => dateText(day, 'en'),
}
