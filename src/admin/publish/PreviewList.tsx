'use client'
import type { ExportPreview } from '../../export/plan'
import { DiffBlock } from './DiffBlock'
import type { publishTextsFor } from './publishTexts'

/** The pages an export would write or remove, each with its diff (open by default for a few). */
export const PreviewList = ({
  preview,
  texts,
}: {
  preview: ExportPreview
  texts: ReturnType<typeof publishTextsFor>
}) => {
  if (preview.pages.length === 0)
    return <p data-testid="export-up-to-date">{texts.upToDate(preview.unchanged)}</p>
  return (
    <div data-testid="export-preview">
      <p>{texts.changeSummary(preview.pages.length, preview.unchanged)}</p>
      {preview.pages.map((page, index) => (
        <details key={page.path} open={index < 5} style={{ marginBottom: '0.75rem' }}>
          <summary style={{ cursor: 'pointer' }}>
            <strong>{page.slug}</strong> · {texts.change[page.change] ?? page.change} ·{' '}
            <code>{page.path}</code>
          </summary>
          <DiffBlock diff={page.diff} />
        </details>
      ))}
    </div>
  )
}
