import { describe, expect, it } from 'vitest'

import { digestTexts } from '../../../src/i18n/digest/digestTexts'

const pieces = Object.keys(digestTexts.de).sort() as (keyof typeof digestTexts.de)[]

/** A piece's text with sample arguments: plain strings as they are, functions called. */
const sample = (language: 'de' | 'en', piece: (typeof pieces)[number]): string => {
  const text = digestTexts[language][piece]
  if (typeof text === 'string') return text
  const call = text as (argument: unknown) => string
  if (piece === 'state') return call({ state: 'stale', daysOverdue: 3 })
  if (piece === 'footerWithSources') return call({ suppressDays: 7, hasProfiles: true })
  if (piece === 'claimState') return call('vanished')
  if (piece === 'formatDate') return call('2026-01-21')
  if (piece === 'greeting' || piece === 'quoted' || piece === 'lastReviewed') return call('Rita')
  return call(2)
}

describe("the digest's words", () => {
  it('have the same pieces in German and English', () => {
    expect(Object.keys(digestTexts.en).sort()).toEqual(pieces)
  })

  it.each(pieces)('say %s differently in German and English', (piece) => {
    expect(sample('de', piece)).not.toBe(sample('en', piece))
  })
})
