import type { CompactPart } from '../watch/diffText'

const styles = {
  added: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  removed: {
    background: 'var(--theme-error-100)',
    color: 'var(--theme-error-800)',
    textDecoration: 'line-through',
  },
  same: { color: 'var(--theme-elevation-650)' },
} as const

const signs = { added: '+ ', removed: '- ', same: '  ' } as const

/**
 * A line diff of two snapshots' texts: removed lines struck through in red, added ones
 * in green, unchanged runs cut down to their context ("… 40 unveränderte Zeilen").
 */
export const TextDiffView = ({
  parts,
  skippedLabel,
}: {
  parts: readonly CompactPart[]
  skippedLabel: (count: number) => string
}) => (
  <pre
    className="text-diff"
    style={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem', maxHeight: '24rem', overflow: 'auto' }}
  >
    {parts.map((part, index) =>
      part.skipped ? (
        <div key={index} style={styles.same} data-diff="skipped">
          {`  … ${skippedLabel(part.skipped)}`}
        </div>
      ) : (
        part.lines.map((line, lineIndex) => (
          <div key={`${index}-${lineIndex}`} style={styles[part.kind]} data-diff={part.kind}>
            {signs[part.kind] + line}
          </div>
        ))
      ),
    )}
  </pre>
)
