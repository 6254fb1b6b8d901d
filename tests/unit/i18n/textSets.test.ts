import { describe, expect, it } from 'vitest'

import { digestTexts } from '../../../src/i18n/digest/digestTexts'
import type { MailTexts } from '../../../src/i18n/mail/mailTexts'
import { mailTexts } from '../../../src/i18n/mail/mailTexts'
import type { SiteCommitTexts } from '../../../src/i18n/siteCommit/siteCommitTexts'
import { siteCommitTexts } from '../../../src/i18n/siteCommit/siteCommitTexts'

const pieces = Object.keys(digestTexts.de).sort() as (keyof typeof digestTexts.de)[]

/** A piece's text with sample arguments: plain strings as they are, functions called. */
const sample = (language: 'de' | 'en', piece: (typeof pieces)[number]): string => {
  const text = digestTexts[language][piece]
  if (typeof text === 'string') return text
  const call = text as (argument: unknown) => string
  if (piece === 'state') return call({ state: 'stale', daysOverdue: 3 })
  if (piece === 'footerWithSources') return call({ suppressDays: 7, hasProfiles: true })
  if (piece === 'claimState') return call('vanished')
  if (piece === 'subject') return call({ profiles: 2, sources: 1 })
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

/** Every piece of the other mails, as `section.piece`. */
const mailPieces = (Object.keys(mailTexts.de) as (keyof MailTexts)[]).flatMap((section) =>
  Object.keys(mailTexts.de[section])
    .sort()
    .map((piece) => ({ section, piece })),
)

/** A mail piece with sample arguments: a notice's event for the notice's event pieces. */
const mailSample = (
  language: 'de' | 'en',
  { section, piece }: (typeof mailPieces)[number],
): string => {
  const text = (mailTexts[language][section] as Record<string, unknown>)[piece]
  if (typeof text === 'string') return text
  const call = text as (argument: unknown) => string
  if (piece === 'subjectOne' || piece === 'line')
    return call({ kind: 'changes_requested', providerName: 'Anbieter', actorName: 'Rita' })
  if (piece === 'subjectMany') return call(3)
  if (piece === 'at') return call('2026-12-07T13:05:00.000Z')
  return call('Rita')
}

describe("the other mails' words (notices, password reset)", () => {
  it('have the same sections and pieces in German and English', () => {
    for (const section of Object.keys(mailTexts.de) as (keyof MailTexts)[]) {
      expect(Object.keys(mailTexts.en[section]).sort()).toEqual(
        Object.keys(mailTexts.de[section]).sort(),
      )
    }
    expect(Object.keys(mailTexts.en).sort()).toEqual(Object.keys(mailTexts.de).sort())
  })

  it.each(mailPieces)('take as many parameters for $section.$piece in both languages', (path) => {
    const take = (language: 'de' | 'en'): unknown => {
      const text = (mailTexts[language][path.section] as Record<string, unknown>)[path.piece]
      return typeof text === 'function' ? text.length : 'text'
    }
    expect(take('en')).toBe(take('de'))
  })

  it.each(mailPieces)('say $section.$piece differently in German and English', (path) => {
    expect(mailSample('de', path)).not.toBe(mailSample('en', path))
  })
})

const commitPieces = Object.keys(siteCommitTexts.de).sort() as (keyof SiteCommitTexts)[]

/** A commit message piece with sample arguments. */
const commitSample = (language: 'de' | 'en', piece: keyof SiteCommitTexts): string => {
  const text = siteCommitTexts[language][piece]
  if (typeof text === 'string') return text
  const call = text as (...args: unknown[]) => string
  if (piece === 'pages') return call(2)
  if (piece === 'approved') return call('session', 'Rita', '2026-11-22')
  if (piece === 'removed') return call('2 pages', true)
  return call('session', 'export-1')
}

describe("the site commit's words", () => {
  it('have the same pieces, taking as many parameters, in German and English', () => {
    expect(Object.keys(siteCommitTexts.en).sort()).toEqual(commitPieces)
    for (const piece of commitPieces) {
      const take = (language: 'de' | 'en'): unknown => {
        const text = siteCommitTexts[language][piece]
        return typeof text === 'function' ? text.length : 'text'
      }
      expect(take('en'), piece).toBe(take('de'))
    }
  })

  it.each(commitPieces)('say %s differently in German and English', (piece) => {
    expect(commitSample('de', piece)).not.toBe(commitSample('en', piece))
  })
})
