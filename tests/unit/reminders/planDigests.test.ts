import { describe, expect, it } from 'vitest'

import {
  digestIdempotencyKey,
  digestSourceChangeIds,
  planDigests,
} from '../../../src/reminders/planDigests'
import { aMail, aProvider, aSourceChange, aUser, day } from './factories'

const rita = aUser()
const otto = aUser({ id: 'u-otto', email: 'otto@example.org', name: 'Otto', language: 'en' })
const anna = aUser({ id: 'u-anna', email: 'anna@example.org', name: 'Anna', roles: ['admin'] })
const ben = aUser({ id: 'u-ben', email: 'ben@example.org', name: null, roles: ['admin', 'editor'] })

const session = aProvider()
// updated 2026-06-01 → stale after 2026-11-28: due soon on 2026-11-22 (6 days left)
const signal = aProvider({ id: 'p-signal', slug: 'signal', name: 'Signal', updated: '2026-06-01' })
// interval 90 → stale after 2026-06-01: 174 days overdue on 2026-11-22
const threema = aProvider({
  id: 'p-threema',
  slug: 'threema',
  name: 'Threema',
  updated: '2026-03-03',
  reviewIntervalDays: 90,
  reviewerId: 'u-otto',
})
const wire = aProvider({ id: 'p-wire', slug: 'wire', name: 'Wire', updated: '2026-10-01' })
const briar = aProvider({ id: 'p-briar', slug: 'briar', name: 'Briar', updated: null })

const slugsByRecipient = (plan: ReturnType<typeof planDigests>): Record<string, string[]> =>
  Object.fromEntries(
    plan.digests.map((digest) => [digest.recipientId, digest.providers.map((entry) => entry.slug)]),
  )

describe('planDigests: routing', () => {
  it('sends each reviewer one digest with their stale and due-soon providers', () => {
    const plan = planDigests({
      providers: [signal, wire, threema, session, briar],
      users: [rita, otto, anna],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(slugsByRecipient(plan)).toEqual({
      'u-otto': ['threema'],
      'u-rita': ['session', 'signal'],
    })
  })

  it('addresses the digest to the reviewer in their language', () => {
    const plan = planDigests({
      providers: [threema],
      users: [otto],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan.digests[0]).toMatchObject({
      to: 'otto@example.org',
      recipientName: 'Otto',
      language: 'en',
    })
  })

  it('ignores fresh and never-reviewed providers', () => {
    const plan = planDigests({
      providers: [wire, briar],
      users: [rita, anna],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan).toEqual({ digests: [], skipped: 0, deferred: 0, unrouted: [] })
  })

  it('sends unassigned stale providers to every admin', () => {
    const plan = planDigests({
      providers: [aProvider({ reviewerId: null })],
      users: [rita, anna, ben],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(slugsByRecipient(plan)).toEqual({ 'u-anna': ['session'], 'u-ben': ['session'] })
  })

  it('treats a reviewer who no longer exists like no reviewer', () => {
    const plan = planDigests({
      providers: [aProvider({ reviewerId: 'u-gone' })],
      users: [anna],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(
      plan.digests.map((digest) => [digest.recipientId, digest.providers[0]?.isUnassigned]),
    ).toEqual([['u-anna', true]])
  })

  it('sends unassigned due-soon providers to the admins too', () => {
    const plan = planDigests({
      providers: [{ ...signal, reviewerId: null }],
      users: [anna],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(slugsByRecipient(plan)).toEqual({ 'u-anna': ['signal'] })
  })

  it('gives an admin who also reviews one digest with both kinds', () => {
    const adminReviewer = aUser({
      id: 'u-anna',
      email: 'anna@example.org',
      roles: ['admin', 'reviewer'],
    })
    const plan = planDigests({
      providers: [
        { ...threema, reviewerId: null },
        { ...session, reviewerId: 'u-anna' },
      ],
      users: [adminReviewer],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(
      plan.digests.map((digest) =>
        digest.providers.map((entry) => [entry.slug, entry.isUnassigned]),
      ),
    ).toEqual([
      [
        ['threema', true],
        ['session', false],
      ],
    ])
  })

  it('reports unassigned providers as unrouted when there is no admin', () => {
    const plan = planDigests({
      providers: [{ ...session, reviewerId: null }],
      users: [rita],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan).toEqual({ digests: [], skipped: 0, deferred: 0, unrouted: ['p-session'] })
  })
})

describe('planDigests: entries', () => {
  it('describes the Session example: stale on 2026-07-20, overdue by 125 days on 2026-11-22', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan.digests[0]?.providers).toEqual([
      {
        id: 'p-session',
        slug: 'session',
        name: 'Session',
        updated: '2026-01-21',
        staleOn: '2026-07-20',
        isUnassigned: false,
        state: 'stale',
        daysOverdue: 125,
      },
    ])
  })

  it.each([
    { now: '2026-07-05', entries: [] },
    { now: '2026-07-06', entries: [{ state: 'due-soon', daysLeft: 14 }] },
    { now: '2026-07-20', entries: [{ state: 'due-soon', daysLeft: 0 }] },
    { now: '2026-07-21', entries: [{ state: 'stale', daysOverdue: 1 }] },
  ])('on $now the Session profile yields $entries', ({ now, entries }) => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      now: day(now),
    })
    expect(plan.digests.flatMap((digest) => digest.providers)).toEqual(
      entries.map((entry) => expect.objectContaining(entry)),
    )
  })

  it('sorts the most overdue first, then by slug, due-soon last', () => {
    const plan = planDigests({
      providers: [
        signal,
        aProvider({ id: 'p-b', slug: 'bravo', name: 'Bravo' }),
        session,
        aProvider({ id: 'p-a', slug: 'alpha', name: 'Alpha' }),
        { ...threema, reviewerId: 'u-rita' },
      ],
      users: [rita],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan.digests[0]?.providers.map((entry) => entry.slug)).toEqual([
      'threema',
      'alpha',
      'bravo',
      'session',
      'signal',
    ])
  })

  it('reduces an updated timestamp to its day', () => {
    const plan = planDigests({
      providers: [{ ...session, updated: '2026-01-21T10:30:00.000Z' }],
      users: [rita],
      recentlyMailed: [],
      now: day('2026-11-22'),
    })
    expect(plan.digests[0]?.providers[0]?.updated).toBe('2026-01-21')
  })

  it('uses the UTC day of now as the period', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      now: new Date('2026-11-22T23:59:59.000Z'),
    })
    expect(plan.digests[0]?.period).toBe('2026-11-22')
  })
})

describe('planDigests: suppression', () => {
  // Sent on 2026-11-23 at 06:00:05 UTC; the runs below happen at 06:00:00, a little earlier in the day.
  const sentAt = '2026-11-23T06:00:05.000Z'

  it.each([
    { now: '2026-11-23', daysAfter: 0, isMailed: false },
    { now: '2026-11-24', daysAfter: 1, isMailed: false },
    { now: '2026-11-29', daysAfter: 6, isMailed: false },
    { now: '2026-11-30', daysAfter: 7, isMailed: true },
    { now: '2026-12-01', daysAfter: 8, isMailed: true },
  ])('day $daysAfter after the send ($now): mailed again = $isMailed', ({ now, isMailed }) => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [aMail({ sentAt })],
      now: day(now),
    })
    expect({ digests: plan.digests.length, skipped: plan.skipped }).toEqual(
      isMailed ? { digests: 1, skipped: 0 } : { digests: 0, skipped: 1 },
    )
  })

  it('honours a custom suppression window', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [aMail({ sentAt })],
      now: day('2026-11-25'),
      suppressDays: 2,
    })
    expect(plan.digests).toHaveLength(1)
  })

  it('suppresses a send recorded after now (a run with an earlier --now)', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [aMail({ sentAt })],
      now: day('2026-11-20'),
    })
    expect(plan.skipped).toBe(1)
  })

  it('still mails the providers that are not suppressed and counts each suppressed pair', () => {
    const plan = planDigests({
      providers: [session, signal, { ...threema, reviewerId: 'u-rita' }],
      users: [rita],
      recentlyMailed: [aMail({ sentAt }), aMail({ providerId: 'p-signal', sentAt })],
      now: day('2026-11-24'),
    })
    expect({ slugs: slugsByRecipient(plan), skipped: plan.skipped }).toEqual({
      slugs: { 'u-rita': ['threema'] },
      skipped: 2,
    })
  })

  it('suppresses per recipient: another admin still gets the provider', () => {
    const plan = planDigests({
      providers: [{ ...session, reviewerId: null }],
      users: [anna, ben],
      recentlyMailed: [aMail({ recipientId: 'u-anna', sentAt })],
      now: day('2026-11-24'),
    })
    expect({ slugs: slugsByRecipient(plan), skipped: plan.skipped }).toEqual({
      slugs: { 'u-ben': ['session'] },
      skipped: 1,
    })
  })

  it('does not suppress a provider mailed to someone else', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [aMail({ recipientId: 'u-otto', sentAt })],
      now: day('2026-11-24'),
    })
    expect(plan.skipped).toBe(0)
  })

  it('leaves out pairs still waiting in the outbox and counts them as deferred', () => {
    const plan = planDigests({
      providers: [session, signal],
      users: [rita],
      recentlyMailed: [],
      inFlight: [{ recipientId: 'u-rita', providerId: 'p-session' }],
      now: day('2026-11-23'),
    })
    expect({
      slugs: slugsByRecipient(plan),
      skipped: plan.skipped,
      deferred: plan.deferred,
    }).toEqual({
      slugs: { 'u-rita': ['signal'] },
      skipped: 0,
      deferred: 1,
    })
  })
})

describe('planDigests: idempotency key', () => {
  const keyOf = (args: { providers: (typeof session)[]; now: string }): string | undefined =>
    planDigests({
      providers: args.providers,
      users: [rita],
      recentlyMailed: [],
      now: day(args.now),
    }).digests[0]?.idempotencyKey

  it('is a sha256 hex digest', () => {
    expect(keyOf({ providers: [session], now: '2026-11-22' })).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is stable across runs on the same day, at any time of day', () => {
    const morning = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      now: new Date('2026-11-22T00:00:01Z'),
    })
    const evening = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      now: new Date('2026-11-22T23:59:59Z'),
    })
    expect(morning.digests[0]?.idempotencyKey).toBe(evening.digests[0]?.idempotencyKey)
  })

  it('does not depend on the order of the providers', () => {
    expect(keyOf({ providers: [session, signal], now: '2026-11-22' })).toBe(
      keyOf({ providers: [signal, session], now: '2026-11-22' }),
    )
  })

  it('changes with the period', () => {
    expect(keyOf({ providers: [session], now: '2026-11-22' })).not.toBe(
      keyOf({ providers: [session], now: '2026-11-23' }),
    )
  })

  it('changes with the set of providers', () => {
    expect(keyOf({ providers: [session], now: '2026-11-22' })).not.toBe(
      keyOf({ providers: [session, signal], now: '2026-11-22' }),
    )
  })

  it('changes with the recipient', () => {
    const base = { providerIds: ['p-session'], period: '2026-11-22' }
    expect(digestIdempotencyKey({ recipientId: 'u-rita', ...base })).not.toBe(
      digestIdempotencyKey({ recipientId: 'u-otto', ...base }),
    )
  })

  it('cannot be forged by shifting characters between the parts', () => {
    const a = digestIdempotencyKey({
      recipientId: 'u-a',
      providerIds: ['b,c'],
      period: '2026-11-22',
    })
    const b = digestIdempotencyKey({
      recipientId: 'u-a',
      providerIds: ['b', 'c'],
      period: '2026-11-22',
    })
    expect(a).not.toBe(b)
  })
})

describe('planDigests: source changes', () => {
  const change = aSourceChange()
  const sectionOf = (plan: ReturnType<typeof planDigests>) =>
    Object.fromEntries(
      plan.digests.map((digest) => [
        digest.recipientId,
        digest.sources.flatMap((source) =>
          source.excerpts.flatMap((block) =>
            block.profiles.map((profile) => [source.url, profile.slug, profile.isUnassigned]),
          ),
        ),
      ]),
    )

  it('mails an open change to the reviewer of the citing provider, also without stale providers', () => {
    const plan = planDigests({
      providers: [],
      users: [rita, otto, anna],
      recentlyMailed: [],
      sourceChanges: [change],
      now: day('2026-11-22'),
    })
    expect(plan.digests).toHaveLength(1)
    expect(plan.digests[0]).toMatchObject({ recipientId: 'u-rita', providers: [] })
    expect(sectionOf(plan)).toEqual({
      'u-rita': [['https://getsession.org/privacy-policy', 'session', false]],
    })
  })

  it('puts stale providers and source changes of one recipient into one digest', () => {
    const plan = planDigests({
      providers: [session, signal],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [change, aSourceChange({ id: 'c-2', url: 'https://signal.org/legal' })],
      now: day('2026-11-22'),
    })
    expect(plan.digests).toHaveLength(1)
    expect({
      slugs: plan.digests[0]?.providers.map((entry) => entry.slug),
      urls: plan.digests[0]?.sources.map((source) => source.url),
    }).toEqual({
      slugs: ['session', 'signal'],
      urls: ['https://getsession.org/privacy-policy', 'https://signal.org/legal'],
    })
  })

  it('sends a change of an unassigned provider to every admin', () => {
    const plan = planDigests({
      providers: [],
      users: [rita, anna, ben],
      recentlyMailed: [],
      sourceChanges: [aSourceChange({ reviewerId: null })],
      now: day('2026-11-22'),
    })
    const row = ['https://getsession.org/privacy-policy', 'session', true]
    expect(sectionOf(plan)).toEqual({ 'u-anna': [row], 'u-ben': [row] })
  })

  it('treats a reviewer who no longer exists like no reviewer', () => {
    const plan = planDigests({
      providers: [],
      users: [anna],
      recentlyMailed: [],
      sourceChanges: [aSourceChange({ reviewerId: 'u-gone' })],
      now: day('2026-11-22'),
    })
    expect(sectionOf(plan)).toEqual({
      'u-anna': [['https://getsession.org/privacy-policy', 'session', true]],
    })
  })

  it('reports the provider of a change nobody can get as unrouted, once', () => {
    const plan = planDigests({
      providers: [{ ...session, reviewerId: null }],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [aSourceChange({ reviewerId: null })],
      now: day('2026-11-22'),
    })
    expect(plan).toEqual({ digests: [], skipped: 0, deferred: 0, unrouted: ['p-session'] })
  })

  it('never mails a change again that the recipient got, however long ago', () => {
    const plan = planDigests({
      providers: [],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [change],
      changesMailed: [{ recipientId: 'u-rita', changeId: change.id }],
      now: day('2027-11-22'),
    })
    expect(plan.digests).toEqual([])
  })

  it('still mails a change to an admin who has not got it yet', () => {
    const plan = planDigests({
      providers: [],
      users: [anna, ben],
      recentlyMailed: [],
      sourceChanges: [aSourceChange({ reviewerId: null })],
      changesMailed: [{ recipientId: 'u-anna', changeId: change.id }],
      now: day('2026-11-22'),
    })
    expect(plan.digests.map((digest) => digest.recipientId)).toEqual(['u-ben'])
  })

  it('leaves a change out while its entry is being retried, and mails the others', () => {
    const plan = planDigests({
      providers: [],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [change, aSourceChange({ id: 'c-2', url: 'https://signal.org/legal' })],
      changesInFlight: [{ recipientId: 'u-rita', changeId: change.id }],
      now: day('2026-11-22'),
    })
    expect(sectionOf(plan)).toEqual({
      'u-rita': [['https://signal.org/legal', 'session', false]],
    })
  })

  it('does not hold back a stale provider because its change waits for a retry', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [change],
      changesInFlight: [{ recipientId: 'u-rita', changeId: change.id }],
      now: day('2026-11-22'),
    })
    expect({
      slugs: slugsByRecipient(plan),
      sources: plan.digests[0]?.sources,
    }).toEqual({ slugs: { 'u-rita': ['session'] }, sources: [] })
  })
})

describe('planDigests: notes on changes whose quotes all held', () => {
  const held = aSourceChange({ id: 'c-held', url: 'https://getsession.org/terms' })
  const open = aSourceChange()
  const notesOf = (plan: ReturnType<typeof planDigests>) =>
    Object.fromEntries(
      plan.digests.map((digest) => [digest.recipientId, digest.notes.map((note) => note.url)]),
    )

  it('adds a note to the digest its recipient gets anyway', () => {
    const plan = planDigests({
      providers: [],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [open],
      heldChanges: [held],
      now: day('2026-11-22'),
    })
    expect(notesOf(plan)).toEqual({ 'u-rita': ['https://getsession.org/terms'] })
    expect(digestSourceChangeIds(plan.digests[0]!)).toEqual(['c-held', 'c-session-privacy'])
  })

  it('plans no digest for notes alone', () => {
    const plan = planDigests({
      providers: [],
      users: [rita],
      recentlyMailed: [],
      heldChanges: [held],
      now: day('2026-11-22'),
    })
    expect(plan.digests).toEqual([])
  })

  it('never mails a note again that the recipient got', () => {
    const plan = planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      heldChanges: [held],
      changesMailed: [{ recipientId: 'u-rita', changeId: 'c-held' }],
      now: day('2026-11-22'),
    })
    expect(notesOf(plan)).toEqual({ 'u-rita': [] })
  })

  it('makes the note part of the idempotency key', () => {
    const keyOf = (heldChanges: ReturnType<typeof aSourceChange>[]) =>
      planDigests({
        providers: [session],
        users: [rita],
        recentlyMailed: [],
        heldChanges,
        now: day('2026-11-22'),
      }).digests[0]?.idempotencyKey
    expect(keyOf([held])).not.toBe(keyOf([]))
  })
})

describe('planDigests: idempotency key with source changes', () => {
  const keyOf = (args: { changes: ReturnType<typeof aSourceChange>[]; now?: string }) =>
    planDigests({
      providers: [session],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: args.changes,
      now: day(args.now ?? '2026-11-22'),
    }).digests[0]?.idempotencyKey
  const first = aSourceChange()
  const second = aSourceChange({ id: 'c-2', url: 'https://signal.org/legal' })

  it('is the same for the same changes on the same day, in any order', () => {
    expect(keyOf({ changes: [first, second] })).toBe(keyOf({ changes: [second, first] }))
  })

  it('changes with a new change', () => {
    expect(keyOf({ changes: [first] })).not.toBe(keyOf({ changes: [first, second] }))
  })

  it('differs from the digest without the change', () => {
    expect(keyOf({ changes: [first] })).not.toBe(keyOf({ changes: [] }))
  })

  it('changes with the period', () => {
    expect(keyOf({ changes: [first] })).not.toBe(keyOf({ changes: [first], now: '2026-11-23' }))
  })

  it('is the key of before the section for a digest without changes', () => {
    const base = { recipientId: 'u-rita', providerIds: ['p-session'], period: '2026-11-22' }
    expect(digestIdempotencyKey({ ...base, sourceChangeIds: [] })).toBe(digestIdempotencyKey(base))
  })

  it('cannot be forged by moving an id from the providers to the changes', () => {
    const base = { recipientId: 'u-rita', period: '2026-11-22' }
    expect(
      digestIdempotencyKey({ ...base, providerIds: ['a', 'b'], sourceChangeIds: [] }),
    ).not.toBe(digestIdempotencyKey({ ...base, providerIds: ['a'], sourceChangeIds: ['b'] }))
  })

  it('is what the outbox entry records: the sorted change ids', () => {
    const plan = planDigests({
      providers: [],
      users: [rita],
      recentlyMailed: [],
      sourceChanges: [second, first],
      now: day('2026-11-22'),
    })
    expect(digestSourceChangeIds(plan.digests[0]!)).toEqual(['c-2', 'c-session-privacy'])
  })
})
