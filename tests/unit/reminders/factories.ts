import type { SectionChange } from '../../../src/reminders/groupSourceChanges'
import type {
  CandidateProvider,
  Digest,
  DigestEntry,
  DigestUser,
  MailedPair,
  OpenSourceChange,
} from '../../../src/reminders/planDigests'

export const aProvider = (overrides: Partial<CandidateProvider> = {}): CandidateProvider => ({
  id: 'p-session',
  slug: 'session',
  name: 'Session',
  updated: '2026-01-21',
  reviewIntervalDays: 180,
  reviewerId: 'u-rita',
  ...overrides,
})

export const aUser = (overrides: Partial<DigestUser> = {}): DigestUser => ({
  id: 'u-rita',
  email: 'rita@example.org',
  name: 'Rita',
  roles: ['reviewer'],
  language: 'de',
  ...overrides,
})

export const aMail = (overrides: Partial<MailedPair> = {}): MailedPair => ({
  recipientId: 'u-rita',
  providerId: 'p-session',
  sentAt: '2026-11-23T06:00:00.000Z',
  ...overrides,
})

export const aStaleEntry = (
  overrides: Partial<Extract<DigestEntry, { state: 'stale' }>> = {},
): DigestEntry => ({
  id: 'p-session',
  slug: 'session',
  name: 'Session',
  updated: '2026-01-21',
  staleOn: '2026-07-20',
  isUnassigned: false,
  state: 'stale',
  daysOverdue: 125,
  ...overrides,
})

export const aDueSoonEntry = (
  overrides: Partial<Extract<DigestEntry, { state: 'due-soon' }>> = {},
): DigestEntry => ({
  id: 'p-signal',
  slug: 'signal',
  name: 'Signal',
  updated: '2026-06-01',
  staleOn: '2026-11-28',
  isUnassigned: false,
  state: 'due-soon',
  daysLeft: 6,
  ...overrides,
})

export const aDigest = (overrides: Partial<Digest> = {}): Digest => ({
  recipientId: 'u-rita',
  to: 'rita@example.org',
  recipientName: 'Rita',
  language: 'de',
  providers: [aStaleEntry()],
  sources: [],
  notes: [],
  idempotencyKey: 'key',
  period: '2026-11-22',
  ...overrides,
})

/** Session's privacy policy changed: an open change for the Session profile, reviewed by Rita. */
export const aSourceChange = (overrides: Partial<OpenSourceChange> = {}): OpenSourceChange => ({
  id: 'c-session-privacy',
  url: 'https://getsession.org/privacy-policy',
  excerpt: '- We do not store IP addresses.\n+ We store IP addresses for 7 days.',
  claims: [],
  detectedAt: '2026-11-21T04:00:00.000Z',
  providerId: 'p-session',
  providerSlug: 'session',
  providerName: 'Session',
  reviewerId: 'u-rita',
  ...overrides,
})

/** The same change as it enters a digest's section. */
export const aSectionChange = (overrides: Partial<SectionChange> = {}): SectionChange => {
  const { reviewerId: _reviewerId, ...change } = aSourceChange()
  return { ...change, isUnassigned: false, ...overrides }
}

export const day = (iso: string): Date => new Date(`${iso}T06:00:00.000Z`)
