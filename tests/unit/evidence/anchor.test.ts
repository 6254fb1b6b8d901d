import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { anchorQuote, comparable, relocate } from '../../../src/evidence/anchor'

const ota = (file: string) =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/ota/Telegram', file), 'utf8')

const beforeWidening = ota('010_2024-05-06_48d99a47.md')
const afterWidening = ota('011_2024-09-24_df16454d.md')
const sixMonths = ota('012_2024-09-26_c318fccb.md')
const eighteenMonths = ota('013_2024-09-30_c6bf7111.md')

const anchored = (text: string, quote: string) => {
  const anchor = anchorQuote({ text, quote })
  if (!anchor) throw new Error(`not in the text: ${quote}`)
  return anchor
}

describe('comparable', () => {
  it.each([
    ['typographic quotes and dashes', '„Daten“ – nie', '"Daten" - nie'],
    ['case', 'IP-Adresse', 'ip adresse'],
    ['whitespace and line breaks', 'deine\n  IP-Adresse', 'deine IP Adresse'],
    ['punctuation', 'Daten, die wir speichern.', 'Daten die wir speichern'],
  ])('sets aside %s', (_label, left, right) => {
    expect(comparable(left).text).toBe(comparable(right).text)
  })

  it('keeps every letter and digit', () => {
    expect(comparable('6 Monate').text).not.toBe(comparable('18 Monate').text)
    expect(comparable('Daten').text).not.toBe(comparable('Datum').text)
  })
})

describe('anchorQuote', () => {
  it('anchors a verbatim passage with 32 characters of context on each side and its position', () => {
    const quote = 'mindestens 6 Monate lang nicht online bist'
    const anchor = anchored(sixMonths, quote)
    expect(anchor.exact).toBe(quote)
    expect(sixMonths.slice(anchor.start, anchor.end)).toBe(quote)
    expect(anchor.prefix).toHaveLength(32)
    expect(anchor.suffix).toHaveLength(32)
    expect(sixMonths.slice(anchor.start - 32, anchor.start)).toBe(anchor.prefix)
    expect(anchor.textHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('anchors a quote typed with other quotes, case and spacing at the passage as the document has it', () => {
    const anchor = anchored(sixMonths, 'MINDESTENS 6 monate   lang nicht online')
    expect(anchor.exact).toBe('mindestens 6 Monate lang nicht online')
  })

  it('refuses a quote that is not in the document', () => {
    expect(
      anchorQuote({ text: sixMonths, quote: 'mindestens 7 Monate lang nicht online' }),
    ).toBeNull()
  })

  it('refuses a quote without a letter or digit', () => {
    expect(anchorQuote({ text: sixMonths, quote: ' – … ' })).toBeNull()
  })
})

describe('relocate on real Telegram versions', () => {
  it('finds the inactivity deletion edited when "6 Monate" became "18 Monate" (two characters in 245)', () => {
    const anchor = anchored(
      sixMonths,
      'Wenn du Telegram nicht mehr verwenden willst und mindestens 6 Monate lang nicht online bist, wird dein Konto mit allen Nachrichten, Medien, Kontakten und allen anderen Daten, die du in der Telegram Cloud gespeichert hast, standardmäßig gelöscht.',
    )
    expect(relocate({ text: eighteenMonths, anchor })).toMatchObject({
      state: 'edited',
      found: { exact: expect.stringContaining('mindestens 18 Monate lang') },
    })
  })

  it('finds the disclosure beyond terror suspects changed', () => {
    const anchor = anchored(
      beforeWidening,
      'Wenn Telegram eine gerichtliche Anordnung erhält, die bestätigt, dass du ein Terrorverdächtiger bist, können wir deine IP-Adresse und Telefonnummer an die zuständigen Behörden weitergeben.',
    )
    expect(relocate({ text: afterWidening, anchor }).state).not.toBe('holds')
  })

  it('holds a passage the change did not touch, though its position moved', () => {
    const anchor = anchored(
      sixMonths,
      'Diese Metadaten können wir, sofern wir sie erheben, für maximal 12 Monate für obige Zwecke speichern.',
    )
    const relocation = relocate({ text: eighteenMonths, anchor })
    expect(relocation).toMatchObject({ state: 'holds', isVerbatim: true })
  })

  it('holds a passage whose only change is typography and spacing', () => {
    const quote = 'für maximal 12 Monate für obige Zwecke speichern.'
    const anchor = anchored(sixMonths, quote)
    const retyped = sixMonths.replace(
      quote,
      'für  maximal 12 Monate für „obige“ Zwecke speichern …',
    )
    expect(relocate({ text: retyped, anchor })).toMatchObject({ state: 'holds', isVerbatim: false })
  })

  it('calls a rewritten passage vanished', () => {
    const anchor = anchored(sixMonths, 'mindestens 6 Monate lang nicht online bist')
    const rewritten = sixMonths.replace(
      /Wenn du Telegram nicht mehr verwenden willst[^\n]*/,
      'Inaktive Konten bleiben bestehen, bis du sie selbst löschst.',
    )
    expect(relocate({ text: rewritten, anchor }).state).toBe('vanished')
  })
})
