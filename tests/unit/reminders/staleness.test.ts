import { describe, expect, it } from 'vitest'

import { addDays, isoDay, stalenessOf, toUtcDay } from '../../../src/reminders/staleness'

const at = (iso: string): Date => new Date(`${iso}T12:00:00.000Z`)

describe('stalenessOf', () => {
  it.each([
    { label: 'day 166 after the review is fresh', now: '2026-07-05', state: 'fresh', daysLeft: 15 },
    {
      label: 'day 166 + 1 is the first due-soon day (14 days left)',
      now: '2026-07-06',
      state: 'due-soon',
      daysLeft: 14,
    },
    {
      label: 'day 180 (the stale-on day) is due soon, not stale',
      now: '2026-07-20',
      state: 'due-soon',
      daysLeft: 0,
    },
    { label: 'day 181 is stale', now: '2026-07-21', state: 'stale', daysLeft: -1 },
    {
      label: 'the Session example on 2026-11-22 is 125 days overdue',
      now: '2026-11-22',
      state: 'stale',
      daysLeft: -125,
    },
  ])('$label', ({ now, state, daysLeft }) => {
    expect(stalenessOf({ updated: '2026-01-21', reviewIntervalDays: 180, now: at(now) })).toEqual({
      state,
      daysLeft,
      staleOn: '2026-07-20',
    })
  })

  it('uses 180 days when the interval is null', () => {
    expect(
      stalenessOf({ updated: '2026-01-21', reviewIntervalDays: null, now: at('2026-07-21') })
        .staleOn,
    ).toBe('2026-07-20')
  })

  it('honours a per-category interval', () => {
    expect(
      stalenessOf({ updated: '2026-01-21', reviewIntervalDays: 30, now: at('2026-02-21') }),
    ).toEqual({
      state: 'stale',
      daysLeft: -1,
      staleOn: '2026-02-20',
    })
  })

  it.each([null, undefined, ''])('reports never-reviewed for updated = %j', (updated) => {
    expect(stalenessOf({ updated, now: at('2026-11-22') })).toEqual({
      state: 'never-reviewed',
      daysLeft: null,
      staleOn: null,
    })
  })

  it('counts calendar days regardless of the time of day', () => {
    const early = stalenessOf({
      updated: '2026-01-21T23:59:00.000Z',
      now: new Date('2026-07-21T00:00:01.000Z'),
    })
    const late = stalenessOf({
      updated: '2026-01-21T00:00:00.000Z',
      now: new Date('2026-07-21T23:59:59.000Z'),
    })
    expect([early.daysLeft, late.daysLeft]).toEqual([-1, -1])
  })

  it('rejects a value that is no date', () => {
    expect(() => toUtcDay('not a date')).toThrow(RangeError)
  })

  it('adds days across month and year ends', () => {
    expect([
      addDays('2026-12-25', 10),
      addDays('2026-03-01', -1),
      isoDay(toUtcDay('2026-11-22T18:00:00Z')),
    ]).toEqual(['2027-01-04', '2026-02-28', '2026-11-22'])
  })
})
