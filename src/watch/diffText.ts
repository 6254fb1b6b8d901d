import { diffArrays, diffWords } from 'diff'

/** A run of lines both snapshots share, or that only one of them has. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; lines: string[] }

export type TextDiff = { parts: DiffPart[]; addedLines: number; removedLines: number }

/** A run of words within one changed line, for highlighting it. */
export type WordPart = { kind: 'same' | 'added' | 'removed'; text: string }

const linesOf = (text: string): string[] => (text === '' ? [] : text.split('\n'))

/** The line diff between two snapshots' normalized texts. */
export const diffText = ({ before, after }: { before: string; after: string }): TextDiff => {
  const parts: DiffPart[] = diffArrays(linesOf(before), linesOf(after)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    lines: change.value,
  }))
  const count = (kind: DiffPart['kind']) =>
    parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + part.lines.length, 0)
  return { parts, addedLines: count('added'), removedLines: count('removed') }
}

/** The word diff of one line against the line that replaced it. */
export const diffLine = ({ before, after }: { before: string; after: string }): WordPart[] =>
  diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))

/** Where `line` stops agreeing with `other`: the length of their common prefix. */
const firstDifference = (line: string, other: string | undefined): number => {
  if (other === undefined) return 0
  let index = 0
  while (index < line.length && line[index] === other[index]) index += 1
  return index
}

/** `line` cut to `maxChars`, keeping the place where it changed in view. */
const clip = (line: string, changedAt: number, maxChars: number): string => {
  if (line.length <= maxChars) return line
  const start = Math.max(0, Math.min(changedAt - Math.floor(maxChars / 4), line.length - maxChars))
  const end = start + maxChars
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`
}

/**
 * A short plain-text excerpt of a diff, for the e-mail digest: the first changed
 * lines, `- ` for a removed one and `+ ` for an added one, each cut around its change,
 * and a last line counting the rest. `''` when nothing changed.
 */
export const changeExcerpt = ({
  diff,
  maxLines = 6,
  maxLineChars = 160,
}: {
  diff: TextDiff
  maxLines?: number
  maxLineChars?: number
}): string => {
  const { parts } = diff
  const changed: string[] = []
  parts.forEach((part, index) => {
    if (part.kind === 'same') return
    // A removed run followed by an added one is a replacement: line up the pairs.
    const counterpart =
      part.kind === 'removed'
        ? parts[index + 1]
        : parts[index - 1]?.kind === 'removed'
          ? parts[index - 1]
          : undefined
    const others = counterpart && counterpart.kind !== 'same' ? counterpart.lines : []
    const sign = part.kind === 'added' ? '+' : '-'
    part.lines.forEach((line, lineIndex) => {
      const changedAt = firstDifference(line, others[lineIndex])
      changed.push(`${sign} ${clip(line, changedAt, maxLineChars)}`)
    })
  })
  const shown = changed.slice(0, maxLines)
  const rest = changed.length - shown.length
  if (rest > 0) shown.push(`… ${rest} more changed line${rest === 1 ? '' : 's'}`)
  return shown.join('\n')
}

/**
 * The diff with long unchanged runs cut down to `context` lines on either side of a
 * change (`skipped` counts what was left out), for showing next to a profile.
 */
export type CompactPart = DiffPart & { skipped?: number }

export const compactDiff = (diff: TextDiff, context = 2): CompactPart[] =>
  diff.parts.flatMap((part, index): CompactPart[] => {
    if (part.kind !== 'same') return [part]
    const isFirst = index === 0
    const isLast = index === diff.parts.length - 1
    const head = isFirst ? 0 : context
    const tail = isLast ? 0 : context
    if (part.lines.length <= head + tail + 1) return [part]
    const kept = [...part.lines.slice(0, head), ...part.lines.slice(part.lines.length - tail)]
    const skipped = part.lines.length - kept.length
    return [
      ...(head > 0 ? [{ kind: 'same' as const, lines: part.lines.slice(0, head) }] : []),
      { kind: 'same' as const, lines: [], skipped },
      ...(tail > 0
        ? [{ kind: 'same' as const, lines: part.lines.slice(part.lines.length - tail) }]
        : []),
    ]
  })
