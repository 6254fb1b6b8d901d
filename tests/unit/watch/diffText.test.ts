import { describe, expect, it } from 'vitest'

import { changeExcerpt, diffLine, diffText } from '../../../src/watch/diffText'
import { normalizeText } from '../../../src/watch/extractText'
import { vendorFaqText } from '../../helpers/vendorPage'

const faq = normalizeText(vendorFaqText)
const cryptoLine =
  'No, Session does not roll its own cryptography. Session uses Libsodium, a highly tested, widely used, and highly-regarded crypto library.'
const changedCryptoLine = cryptoLine.replace('does not roll', 'rolls')

describe('diffText', () => {
  it('finds no change between equal texts', () => {
    expect(diffText({ before: faq, after: faq })).toMatchObject({ addedLines: 0, removedLines: 0 })
  })

  it.each([
    {
      name: 'a changed line',
      before: 'a\nb\nc',
      after: 'a\nB\nc',
      parts: [
        ['same', ['a']],
        ['removed', ['b']],
        ['added', ['B']],
        ['same', ['c']],
      ],
    },
    {
      name: 'a line added at the end',
      before: 'a\nb',
      after: 'a\nb\nc',
      parts: [
        ['same', ['a', 'b']],
        ['added', ['c']],
      ],
    },
    {
      name: 'a line removed at the start',
      before: 'a\nb',
      after: 'b',
      parts: [
        ['removed', ['a']],
        ['same', ['b']],
      ],
    },
    { name: 'a first snapshot', before: '', after: 'a', parts: [['added', ['a']]] },
  ])('splits $name into runs of lines', ({ before, after, parts }) => {
    expect(diffText({ before, after }).parts.map(({ kind, lines }) => [kind, lines])).toEqual(parts)
  })

  it('counts the lines added and removed in the vendor FAQ', () => {
    const after = faq.replace(cryptoLine, changedCryptoLine) + '\nSession Pro costs 5 € a month.'
    expect(diffText({ before: faq, after })).toMatchObject({ addedLines: 2, removedLines: 1 })
  })
})

describe('diffLine', () => {
  it('marks the words that changed within a line', () => {
    expect(diffLine({ before: 'Session does not log IPs', after: 'Session logs IPs' })).toEqual([
      { kind: 'same', text: 'Session ' },
      { kind: 'removed', text: 'does not log' },
      { kind: 'added', text: 'logs' },
      { kind: 'same', text: ' IPs' },
    ])
  })
})

describe('changeExcerpt', () => {
  it('is empty when nothing changed', () => {
    expect(changeExcerpt({ diff: diffText({ before: faq, after: faq }) })).toBe('')
  })

  it('shows a changed line of the FAQ as removed and added', () => {
    expect(
      changeExcerpt({
        diff: diffText({ before: faq, after: faq.replace(cryptoLine, changedCryptoLine) }),
      }),
    ).toBe(`- ${cryptoLine}\n+ ${changedCryptoLine}`)
  })

  it('cuts a long line around its change', () => {
    const excerpt = changeExcerpt({
      diff: diffText({ before: faq, after: faq.replace(cryptoLine, changedCryptoLine) }),
      maxLineChars: 40,
    })
    expect(excerpt).toBe(
      '- …, Session does not roll its own cryptogr…\n+ …, Session rolls its own cryptography. Se…',
    )
  })

  it('shows the first lines and counts the rest', () => {
    const after = faq
      .split('\n')
      .map((line) => `${line} (neu)`)
      .join('\n')
    const lines = changeExcerpt({ diff: diffText({ before: faq, after }), maxLines: 4 }).split('\n')
    expect(lines).toHaveLength(5)
    expect(lines.at(-1)).toBe(`… ${faq.split('\n').length * 2 - 4} more changed lines`)
  })
})
