import { diffWords } from 'diff'

import type { Passage } from './evidenceEndpoints'

const styles = {
  context: { color: 'var(--theme-elevation-400)' },
  exact: { background: 'var(--theme-elevation-100)', padding: '0 0.1rem' },
  added: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  removed: {
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-800)',
    textDecoration: 'line-through',
  },
  column: {
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 4,
    padding: '0.5rem 0.75rem',
    lineHeight: 1.5,
  },
} as const

type Part = { value: string; added?: boolean; removed?: boolean }

/** One passage with its greyed context; `parts` marks the words that differ from the other side. */
const PassageText = ({
  passage,
  parts,
  side,
}: {
  passage: Passage
  parts: readonly Part[]
  side: 'anchored' | 'now'
}) => (
  <p style={{ margin: 0 }}>
    <span style={styles.context} data-context="prefix">
      {passage.prefix ? `…${passage.prefix}` : ''}
    </span>
    <span style={styles.exact} data-exact>
      {parts.map((part, index) => {
        if (side === 'anchored' && part.added) return null
        if (side === 'now' && part.removed) return null
        const kind = part.added ? 'added' : part.removed ? 'removed' : null
        return kind ? (
          <span key={index} style={styles[kind]} data-diff={kind}>
            {part.value}
          </span>
        ) : (
          <span key={index}>{part.value}</span>
        )
      })}
    </span>
    <span style={styles.context} data-context="suffix">
      {passage.suffix ? `${passage.suffix}…` : ''}
    </span>
  </p>
)

/**
 * A quoted passage as anchored and as it stands now, side by side, with a word diff
 * (removed words struck through in red on the left, added ones green on the right) and
 * the greyed text around each; only the anchored one when there is nothing to compare.
 */
export const PassageCompare = ({
  anchored,
  now,
  anchoredTitle,
  nowTitle,
  nowMissing,
}: {
  anchored: Passage
  now: Passage | null
  anchoredTitle: string
  nowTitle: string
  nowMissing: string
}) => {
  const parts: Part[] = now
    ? diffWords(anchored.exact, now.exact)
    : [{ value: anchored.exact, removed: false }]
  return (
    <div
      className="passage-compare"
      style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0.75rem' }}
    >
      <div style={styles.column} data-passage="anchored">
        <h6 style={{ margin: '0 0 0.25rem' }}>{anchoredTitle}</h6>
        <PassageText passage={anchored} parts={parts} side="anchored" />
      </div>
      <div style={styles.column} data-passage="now">
        <h6 style={{ margin: '0 0 0.25rem' }}>{nowTitle}</h6>
        {now ? (
          <PassageText passage={now} parts={parts} side="now" />
        ) : (
          <p style={{ margin: 0 }}>{nowMissing}</p>
        )}
      </div>
    </div>
  )
}
