'use client'
import type { ExportPreview, PreviewFinding } from '../../export/plan'
import { DiffBlock } from './DiffBlock'
import type { AdminTexts } from '../../i18n/admin/adminTexts'

type Texts = AdminTexts['publish']

const errorsOf = (findings: readonly PreviewFinding[] = []) =>
  findings.filter((finding) => finding.severity === 'error')

const FindingList = ({ findings }: { findings: readonly PreviewFinding[] }) => (
  <ul style={{ margin: '0.25rem 0 0.5rem', paddingLeft: '1.25rem' }}>
    {findings.map((finding) => (
      <li
        key={`${finding.code}:${finding.message}`}
        style={{ color: finding.severity === 'error' ? 'var(--theme-error-500)' : undefined }}
      >
        {finding.message}
      </li>
    ))}
  </ul>
)

/** The profiles never approved: listed with their findings, never written. */
const AwaitingList = ({ preview, texts }: { preview: ExportPreview; texts: Texts }) =>
  preview.awaiting.length === 0 ? null : (
    <section data-testid="export-awaiting" style={{ marginTop: '1rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>{texts.awaitingTitle(preview.awaiting.length)}</h4>
      <p style={{ margin: '0 0 0.5rem' }}>{texts.awaitingIntro}</p>
      {preview.awaiting.map((page) => {
        const errors = errorsOf(page.findings)
        const warnings = (page.findings ?? []).length - errors.length
        return (
          <details key={page.id} style={{ marginBottom: '0.5rem' }}>
            <summary style={{ cursor: 'pointer' }}>
              <a href={`/admin/collections/providers/${page.id}`}>{page.name}</a> ·{' '}
              {texts.errorCount(errors.length)}, {texts.warningCount(warnings)}
            </summary>
            <FindingList findings={page.findings ?? []} />
          </details>
        )
      })}
    </section>
  )

/**
 * The pages an export would write or remove, each with its diff (open by default for a
 * few) and its open findings (a page whose approved revision gained an error since is
 * flagged), then the profiles waiting for their first approval.
 */
export const PreviewList = ({ preview, texts }: { preview: ExportPreview; texts: Texts }) => {
  if (preview.pages.length === 0)
    return (
      <>
        <p data-testid="export-up-to-date">{texts.upToDate(preview.unchanged)}</p>
        <AwaitingList preview={preview} texts={texts} />
      </>
    )
  return (
    <div data-testid="export-preview">
      <p>{texts.changeSummary(preview.pages.length, preview.unchanged)}</p>
      {preview.pages.map((page, index) => {
        const errors = errorsOf(page.findings)
        return (
          <details key={page.path} open={index < 5} style={{ marginBottom: '0.75rem' }}>
            <summary style={{ cursor: 'pointer' }}>
              <strong>{page.slug}</strong> · {texts.change[page.change] ?? page.change} ·{' '}
              <code>{page.path}</code>
            </summary>
            {errors.length > 0 ? (
              <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.25rem 0' }}>
                {texts.gainedErrors(errors.length)}
              </p>
            ) : null}
            {page.findings && page.findings.length > 0 ? (
              <>
                <strong>{texts.openFindings}</strong>
                <FindingList findings={page.findings} />
              </>
            ) : null}
            <DiffBlock diff={page.diff} />
          </details>
        )
      })}
      <AwaitingList preview={preview} texts={texts} />
    </div>
  )
}
