'use client'

type LineKind = 'add' | 'del' | 'hunk' | 'header' | 'context'

/** Lines before the first hunk are the file headers; after it the first character decides. */
const kindOf = ({ line, isHeader }: { line: string; isHeader: boolean }): LineKind => {
  if (isHeader) return 'header'
  if (line.startsWith('@@')) return 'hunk'
  if (line.startsWith('+')) return 'add'
  if (line.startsWith('-')) return 'del'
  return 'context'
}

// Translucent fills read in the light and the dark admin theme alike.
const styles: Record<LineKind, { color?: string; background?: string; fontWeight?: number }> = {
  add: { background: 'rgba(46, 160, 67, 0.22)' },
  del: { background: 'rgba(248, 81, 73, 0.22)' },
  hunk: { color: 'var(--theme-elevation-500)' },
  header: { fontWeight: 600 },
  context: {},
}

/** A unified diff in a `<pre>`: added lines green, removed lines red. */
export const DiffBlock = ({ diff }: { diff: string }) => {
  const lines = diff.split('\n')
  const firstHunk = lines.findIndex((line) => line.startsWith('@@'))
  return (
    <pre
      data-testid="export-diff"
      style={{
        maxHeight: '50vh',
        overflow: 'auto',
        padding: '0.75rem',
        margin: 0,
        background: 'var(--theme-elevation-50)',
        border: '1px solid var(--theme-elevation-150)',
        fontSize: '0.8125rem',
        lineHeight: 1.45,
      }}
    >
      {lines.map((line, index) => {
        const kind = kindOf({ line, isHeader: firstHunk === -1 || index < firstHunk })
        return (
          <span key={index} data-diff-line={kind} style={{ display: 'block', ...styles[kind] }}>
            {line || ' '}
          </span>
        )
      })}
    </pre>
  )
}
