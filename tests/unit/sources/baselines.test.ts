import { describe, expect, it } from 'vitest'

import type { Review } from '../../../src/payload-types'
import {
  baselineOutcomes,
  isBaselineOutcome,
  readRecordedSnapshots,
} from '../../../src/sources/baselines'

describe('the recorded baseline of a review', () => {
  it('reads back what an approval writes, and leaves out what is not a recorded snapshot', () => {
    const written = [{ source: 's-1', url: 'https://getsession.org/faq', textHash: 'abc' }]
    expect(readRecordedSnapshots(JSON.parse(JSON.stringify(written)))).toEqual(written)
    expect(
      readRecordedSnapshots([
        { source: 's-2', url: 'https://getsession.org/privacy', hash: 'renamed key' },
        null,
        'x',
      ]),
    ).toEqual([])
    expect(readRecordedSnapshots({ source: 's-1' })).toEqual([])
  })

  it('takes approvals, confirmations and imports as baselines, never a submission or a send-back', () => {
    const outcomes: Review['outcome'][] = [
      'submitted',
      'changes_requested',
      'approved',
      'confirmed',
      'imported',
    ]
    expect(outcomes.filter(isBaselineOutcome)).toEqual([...baselineOutcomes])
  })
})
