import { describe, expect, it } from 'vitest'

import type { OutboxEntryState } from '../../../src/reminders/selectDue'

import { maxAttempts } from '../../../src/reminders/retryPolicy'
import { isRetryable, selectDue } from '../../../src/reminders/selectDue'

const now = new Date('2026-11-23T06:00:00.000Z')

const anEntry = (
  overrides: Partial<OutboxEntryState & { id: string }> = {},
): OutboxEntryState & { id: string } => ({
  id: 'r1',
  status: 'pending',
  nextAttemptAt: '2026-11-22T06:05:00.000Z',
  attempts: 1,
  permanent: false,
  ...overrides,
})

describe('selectDue', () => {
  it.each([
    { label: 'a pending entry whose time has come', entry: anEntry(), isDue: true },
    {
      label: 'a pending entry due exactly now',
      entry: anEntry({ nextAttemptAt: now.toISOString() }),
      isDue: true,
    },
    {
      label: 'a pending entry given as a Date',
      entry: anEntry({ nextAttemptAt: new Date('2026-11-23T05:00:00Z') }),
      isDue: true,
    },
    {
      label: 'a pending entry due one second later',
      entry: anEntry({ nextAttemptAt: '2026-11-23T06:00:01.000Z' }),
      isDue: false,
    },
    {
      label: 'a pending entry never attempted (no nextAttemptAt)',
      entry: anEntry({ attempts: 0, nextAttemptAt: null }),
      isDue: true,
    },
    {
      label: 'a failed transient entry with attempts left',
      entry: anEntry({ status: 'failed', attempts: 3 }),
      isDue: true,
    },
    { label: 'a sent entry', entry: anEntry({ status: 'sent' }), isDue: false },
    {
      label: 'a permanently rejected entry',
      entry: anEntry({ status: 'failed', permanent: true }),
      isDue: false,
    },
    {
      label: 'an entry at maxAttempts',
      entry: anEntry({ status: 'failed', attempts: maxAttempts }),
      isDue: false,
    },
    {
      label: 'an entry one below maxAttempts',
      entry: anEntry({ attempts: maxAttempts - 1 }),
      isDue: true,
    },
  ])('$label → due: $isDue', ({ entry, isDue }) => {
    expect(selectDue({ entries: [entry], now })).toEqual(isDue ? [entry] : [])
  })

  it('keeps the input order and the caller’s own fields', () => {
    const entries = [
      anEntry({ id: 'b' }),
      anEntry({ id: 'x', status: 'sent' }),
      anEntry({ id: 'a' }),
    ]
    expect(selectDue({ entries, now }).map((entry) => entry.id)).toEqual(['b', 'a'])
  })
})

describe('isRetryable', () => {
  it('ignores the retry time', () => {
    expect(isRetryable({ entry: anEntry({ nextAttemptAt: '2099-01-01T00:00:00.000Z' }) })).toBe(
      true,
    )
  })
})
