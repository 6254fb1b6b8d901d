import { describe, expect, it } from 'vitest'

import { maxStaleIds, staleFilterWhere } from '../../../src/admin/staleFilterWhere'

const now = new Date('2026-11-22T10:00:00Z')

describe('staleFilterWhere', () => {
  it('lists the ids of stale providers, each with the interval that applies to it', () => {
    const where = staleFilterWhere({
      providers: [
        { id: 'default-stale', updated: '2026-01-21' },
        { id: 'default-fresh', updated: '2026-10-01' },
        { id: 'own-30-stale', updated: '2026-10-01', reviewIntervalDays: 30 },
        { id: 'own-400-fresh', updated: '2026-01-21', reviewIntervalDays: 400 },
        { id: 'vpn-60-stale', updated: '2026-09-01', category: ' vpn ' },
        { id: 'never', updated: null },
      ],
      categoryIntervals: [{ category: 'VPN', days: 60 }],
      now,
    })
    expect(where).toEqual({ id: { in: ['default-stale', 'own-30-stale', 'vpn-60-stale'] } })
  })

  it('matches nothing when no provider is stale', () => {
    expect(staleFilterWhere({ providers: [], categoryIntervals: [], now })).toEqual({
      id: { in: [] },
    })
  })

  it('falls back to the smallest interval in use when too many are stale for a link', () => {
    const providers = Array.from({ length: maxStaleIds + 1 }, (_, index) => ({
      id: `p${index}`,
      updated: '2025-01-01',
      reviewIntervalDays: index === 0 ? 30 : null,
    }))
    expect(staleFilterWhere({ providers, categoryIntervals: [], now })).toEqual({
      updated: { less_than: '2026-10-23' },
    })
  })
})
