import { describe, expect, it } from 'vitest'

import { effectiveIntervalDays } from '../../../src/reminders/staleness'

const categoryIntervals = [
  { category: 'VPN', days: 90 },
  { category: 'E-Mail', days: 365 },
  { category: 'vpn', days: 10 },
]

describe('effectiveIntervalDays', () => {
  it.each([
    { case: 'the provider’s own interval wins', own: 30, category: 'VPN', expected: 30 },
    { case: 'the category default applies without one', own: null, category: 'VPN', expected: 90 },
    {
      case: 'categories match trimmed and case-insensitively',
      own: null,
      category: ' e-mail ',
      expected: 365,
    },
    {
      case: 'the first of two equal categories wins',
      own: undefined,
      category: 'vpn',
      expected: 90,
    },
    { case: 'an unlisted category gets 180', own: null, category: 'Cloud', expected: 180 },
    { case: 'no category gets 180', own: null, category: null, expected: 180 },
    { case: 'a zero interval counts as unset', own: 0, category: 'Cloud', expected: 180 },
  ])('$case', ({ own, category, expected }) => {
    expect(effectiveIntervalDays({ reviewIntervalDays: own, category, categoryIntervals })).toBe(
      expected,
    )
  })
})
