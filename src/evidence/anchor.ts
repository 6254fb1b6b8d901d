import { createHash } from 'node:crypto'

import search from 'approx-string-match'

/**
 * Claim-level evidence, the pure part: where a quoted vendor passage sits in a
 * document's text (anchoring it on save) and whether it still stands after the
 * document changed (re-locating it on every watch run).
 *
 * An anchor is the W3C Web Annotation pair: a TextQuoteSelector (`exact` with about
 * `contextLength` characters of `prefix` and `suffix`) and a TextPositionSelector
 * (`start`, `end`), plus the hash of the text it was found in.
 *
 * Matching sets aside whitespace, typographic quotes and dashes, case and punctuation:
 * both sides are reduced to their letters and digits, separated by single spaces
 * (`comparable`). Every change to a letter or digit inside the quote counts.
 */

export const contextLength = 32

/** Up to this share of the quote's comparable length edited: the passage was edited. */
export const editedShare = 0.25
/** Up to this share: the passage vanished, and the closest candidate is shown. */
export const candidateShare = 0.5

export type Anchor = {
  exact: string
  prefix: string
  suffix: string
  start: number
  end: number
  textHash: string
}

export type Relocation =
  | { state: 'holds'; isVerbatim: boolean; found: Located }
  | { state: 'edited'; found: Located; share: number }
  | { state: 'vanished'; candidate: Located | null }

export type Located = { exact: string; start: number; end: number }

export const textHashOf = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex')

/** A comparable form of `text` and, for each of its characters, where it came from. */
export type Comparable = { text: string; origin: number[] }

const isWordCharacter = (char: string) => /[\p{L}\p{N}]/u.test(char)

/**
 * Letters and digits, lower-cased, every run of anything else one space, no space at
 * either end. `origin[i]` is the index in `text` of the comparable character `i`.
 */
export const comparable = (text: string): Comparable => {
  let out = ''
  const origin: number[] = []
  let isGap = false
  let index = 0
  for (const char of text) {
    const folded = char.normalize('NFKC').toLocaleLowerCase('de')
    if ([...folded].every(isWordCharacter)) {
      if (isGap && out.length > 0) {
        out += ' '
        origin.push(index)
      }
      for (const piece of folded) {
        out += piece
        origin.push(index)
      }
      isGap = false
    } else {
      isGap = true
    }
    index += char.length
  }
  return { text: out, origin }
}

/** The original span of comparable characters `[from, to)`. */
const spanOf = (text: string, form: Comparable, from: number, to: number): Located => {
  const start = form.origin[from] ?? text.length
  const lastChar = form.origin[to - 1] ?? start
  // The last comparable character may be a surrogate pair.
  const end = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1)
  return { exact: text.slice(start, end), start, end }
}

const anchorAt = (text: string, located: Located): Anchor => ({
  exact: located.exact,
  prefix: text.slice(Math.max(0, located.start - contextLength), located.start),
  suffix: text.slice(located.end, located.end + contextLength),
  start: located.start,
  end: located.end,
  textHash: textHashOf(text),
})

/**
 * The comparable form of the last document asked for: the anchors of a document are
 * located in the same text one after the other, and its form costs more than a search.
 */
let lastDocument: { text: string; form: Comparable } | null = null
const documentForm = (text: string): Comparable => {
  if (lastDocument?.text !== text) lastDocument = { text, form: comparable(text) }
  return lastDocument.form
}

/**
 * Anchors `quote` in `text`: verbatim if it is there, else its comparable form. `null`
 * when the quote is not in the text (the save refuses it), or when it has no letter or
 * digit at all.
 */
export const anchorQuote = ({ text, quote }: { text: string; quote: string }): Anchor | null => {
  const verbatim = quote.trim()
  if (verbatim && text.includes(verbatim)) {
    const start = text.indexOf(verbatim)
    return anchorAt(text, { exact: verbatim, start, end: start + verbatim.length })
  }
  const wanted = comparable(quote).text
  if (!wanted) return null
  const form = documentForm(text)
  const at = form.text.indexOf(wanted)
  if (at === -1) return null
  return anchorAt(text, spanOf(text, form, at, at + wanted.length))
}

/** The fewest edits that turn `pattern` into some part of `window` (its length when it is empty). */
const closeness = (window: string, pattern: string): number => {
  if (!pattern) return 1
  if (!window) return 0
  const matches = search(window, pattern, pattern.length)
  const errors = Math.min(pattern.length, ...matches.map((match) => match.errors))
  return 1 - errors / pattern.length
}

/**
 * Where the anchored passage stands in `text` now.
 * - verbatim, or differing only in what `comparable` sets aside → `holds`;
 * - found with at most `editedShare` of its comparable characters edited → `edited`;
 * - otherwise `vanished`, with the closest candidate within `candidateShare`.
 * Among several candidates the one whose quote, prefix, suffix and position fit best
 * wins (Hypothesis's ranking: quote first, then context, then position).
 */
export const relocate = ({ text, anchor }: { text: string; anchor: Anchor }): Relocation => {
  const verbatim = occurrences(text, anchor.exact)
  if (verbatim.length > 0) {
    const start = nearest(verbatim, anchor.start)
    return {
      state: 'holds',
      isVerbatim: true,
      found: { exact: anchor.exact, start, end: start + anchor.exact.length },
    }
  }
  const quote = comparable(anchor.exact).text
  const form = documentForm(text)
  if (!quote) return { state: 'vanished', candidate: null }
  const same = occurrences(form.text, quote)
  if (same.length > 0) {
    const hint = comparableIndexOf(form, anchor.start)
    const at = nearest(same, hint)
    return { state: 'holds', isVerbatim: false, found: spanOf(text, form, at, at + quote.length) }
  }
  const maxErrors = Math.floor(quote.length * candidateShare)
  const all = search(form.text, quote, maxErrors)
  if (all.length === 0) return { state: 'vanished', candidate: null }
  // Every end position within the bound is a match: rank only the closest few.
  const fewest = all.reduce((least, match) => Math.min(least, match.errors), Infinity)
  const matches = all.filter((match) => match.errors <= fewest + 2).slice(0, 50)
  const prefix = comparable(anchor.prefix).text
  const suffix = comparable(anchor.suffix).text
  const hint = comparableIndexOf(form, anchor.start)
  const scored = matches.map((match) => {
    const quoteScore = 1 - match.errors / quote.length
    const before = form.text.slice(Math.max(0, match.start - prefix.length - 8), match.start)
    const after = form.text.slice(match.end, match.end + suffix.length + 8)
    const positionScore = 1 - Math.abs(match.start - hint) / Math.max(1, form.text.length)
    return {
      match,
      score:
        50 * quoteScore +
        20 * closeness(before, prefix) +
        20 * closeness(after, suffix) +
        2 * positionScore,
    }
  })
  scored.sort((a, b) => b.score - a.score)
  const best = scored[0]!.match
  const found = toWordBounds(text, spanOf(text, form, best.start, best.end))
  const share = best.errors / quote.length
  return share <= editedShare
    ? { state: 'edited', found, share }
    : { state: 'vanished', candidate: found }
}

/** A fuzzy match may start or end inside a word: widen it to whole words. */
const toWordBounds = (text: string, located: Located): Located => {
  let { start, end } = located
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start -= 1
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end += 1
  return { exact: text.slice(start, end), start, end }
}

const occurrences = (text: string, part: string): number[] => {
  const found: number[] = []
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at)
  return found
}

const nearest = (positions: number[], hint: number): number =>
  positions.reduce((best, at) => (Math.abs(at - hint) < Math.abs(best - hint) ? at : best))

/** The comparable index closest to the original index `at`. */
const comparableIndexOf = (form: Comparable, at: number): number => {
  let low = 0
  let high = form.origin.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (form.origin[middle]! < at) low = middle + 1
    else high = middle
  }
  return low
}
