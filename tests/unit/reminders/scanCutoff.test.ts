import { describe, expect, it } from 'vitest'

import { scanCutoff, stalenessOf } from '../../../src/reminders/staleness'

describe('scanCutoff', () => {
  it.each([
    { now: '2026-11-23T00:00:00.000Z', days: 180, expected: '2026-06-10T23:59:59.999Z' },
    { now: '2026-11-23T18:30:00.000Z', days: 180, expected: '2026-06-10T23:59:59.999Z' },
    { now: '2026-11-23T00:00:00.000Z', days: 30, expected: '2026-11-07T23:59:59.999Z' },
    { now: '2026-11-23T00:00:00.000Z', days: 7, expected: '2026-11-30T23:59:59.999Z' },
  ])('is $expected for $days days on $now', ({ now, days, expected }) => {
    expect(scanCutoff({ now: new Date(now), smallestIntervalDays: days }).toISOString()).toBe(
      expected,
    )
  })

  it('keeps the last due-soon day inside and the first fresh day outside', () => {
    const now = new Date('2026-11-23T00:00:00.000Z')
    const cutoff = scanCutoff({ now, smallestIntervalDays: 180 })
    const lastDueSoon = '2026-06-10'
    const firstFresh = '2026-06-11'
    expect(stalenessOf({ updated: lastDueSoon, reviewIntervalDays: 180, now }).state).toBe(
      'due-soon',
    )
    expect(stalenessOf({ updated: firstFresh, reviewIntervalDays: 180, now }).state).toBe('fresh')
    expect(new Date(`${lastDueSoon}T12:00:00.000Z`) <= cutoff).toBe(true)
    expect(new Date(`${firstFresh}T00:00:00.000Z`) <= cutoff).toBe(false)
  })
})
