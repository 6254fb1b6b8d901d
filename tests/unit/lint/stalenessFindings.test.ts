import { describe, expect, it } from 'vitest'

import { stalenessFindings } from '../../../src/lint/lintProvider'
import { namedCases } from '../sources/namedCases'
import { readFinding } from '../../../src/findings/finding'

const codesOf = (args: { updated: string | null; now: string; reviewIntervalDays?: number }) =>
  stalenessFindings({ ...args, now: new Date(`${args.now}T12:00:00Z`) }).map(
    (finding) => finding.code,
  )

describe('stalenessFindings', () => {
  it.each(
    namedCases([
      {
        behaviour: 'is fresh 15 days before the review is due',
        updated: '2026-01-21',
        now: '2026-07-05',
        expected: [],
      },
      {
        behaviour: 'is due soon 14 days before the review is due',
        updated: '2026-01-21',
        now: '2026-07-06',
        expected: ['provider.due-soon'],
      },
      {
        behaviour: 'is due soon on day 180 after approval',
        updated: '2026-01-21',
        now: '2026-07-20',
        expected: ['provider.due-soon'],
      },
      {
        behaviour: 'is stale on day 181 after approval',
        updated: '2026-01-21',
        now: '2026-07-21',
        expected: ['provider.stale'],
      },
      {
        behaviour: 'uses the provider review interval',
        updated: '2026-01-21',
        now: '2026-02-21',
        reviewIntervalDays: 30,
        expected: ['provider.stale'],
      },
      {
        behaviour: 'says nothing about a never approved profile',
        updated: null,
        now: '2030-01-01',
        expected: [],
      },
    ]),
  )('%s', (_behaviour, { expected, ...args }) => {
    expect(codesOf(args)).toEqual(expected)
  })

  it('names the approval and due dates in a stale finding', () => {
    const [finding] = stalenessFindings({ updated: '2026-01-21', now: new Date('2026-08-01') })
    expect(finding).toMatchObject({ severity: 'warning', field: 'updated', value: '2026-01-21' })
    expect(readFinding(finding!, 'en').message).toContain(
      'last approved on 21 January 2026 and has been due for review since 20 July 2026',
    )
    expect(readFinding(finding!, 'de').message).toContain(
      'zuletzt am 21.01.2026 freigegeben und ist seit 20.07.2026 zur Prüfung fällig',
    )
  })
})
