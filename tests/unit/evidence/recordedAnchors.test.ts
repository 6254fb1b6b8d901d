import { describe, expect, it } from 'vitest'

import { readRecordedAnchors, recordedAnchorsOf } from '../../../src/evidence/recordedAnchors'

const anchor = { exact: 'keine Logs', textHash: 'abc', snapshot: 'snap-1' }

describe('recordedAnchorsOf', () => {
  it('records each anchored entry with its index, id, claim, document, snapshot and hash', () => {
    expect(
      recordedAnchorsOf([
        { id: 'row-1', claim: 'logs', url: 'https://x.example/p', quote: 'q', anchor },
        { id: 'row-2', claim: 'kyc', url: 'https://x.example/p', quote: 'q', anchor: {} },
        {
          claim: 'Logs',
          url: 'https://x.example/q',
          quote: 'q',
          anchor: { ...anchor, snapshot: { id: 'snap-2' } as never },
        },
      ]),
    ).toEqual([
      {
        index: 0,
        id: 'row-1',
        claim: 'logs',
        url: 'https://x.example/p',
        snapshot: 'snap-1',
        textHash: 'abc',
      },
      {
        index: 2,
        id: null,
        claim: 'Logs',
        url: 'https://x.example/q',
        snapshot: 'snap-2',
        textHash: 'abc',
      },
    ])
  })
})

describe('readRecordedAnchors', () => {
  it.each([
    { stored: null, read: [] },
    { stored: 'text', read: [] },
    {
      stored: [{ index: '0', id: null, claim: 'c', url: 'u', snapshot: null, textHash: 'h' }],
      read: [],
    },
    {
      stored: [{ index: 0, id: null, claim: 'c', url: 'u', snapshot: null, textHash: 'h' }, 7],
      read: [{ index: 0, id: null, claim: 'c', url: 'u', snapshot: null, textHash: 'h' }],
    },
  ])('reads $stored as $read', ({ stored, read }) => {
    expect(readRecordedAnchors(stored)).toEqual(read)
  })
})
