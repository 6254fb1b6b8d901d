'use client'
import type { Export } from '../../payload-types'
import type { AdminTexts } from '../../i18n/admin/adminTexts'
import { pathsOf, problemsOf } from '../../export/recordFields'

/** The outcome of one export run: status, pages written / unchanged / removed, commit, messages. */
export const ExportResult = ({
  record,
  texts,
}: {
  record: Export
  texts: AdminTexts['publish']
}) => {
  const written = pathsOf(record.written)
  const removed = pathsOf(record.removed)
  const problems = problemsOf(record.errors).map(
    (problem) => `${problem.message} (${problem.code})`,
  )
  return (
    <section data-testid="export-result" data-status={record.status} aria-label={texts.resultTitle}>
      <h3>
        {texts.resultTitle}: {texts.status[record.status] ?? record.status}
      </h3>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' }}>
        <dt>{texts.written}</dt>
        <dd data-testid="export-written">{written.length > 0 ? written.join(', ') : texts.none}</dd>
        <dt>{texts.unchanged}</dt>
        <dd>{record.unchanged ?? texts.none}</dd>
        <dt>{texts.removed}</dt>
        <dd>{removed.length > 0 ? removed.join(', ') : texts.none}</dd>
        <dt>{texts.commit}</dt>
        <dd data-testid="export-commit">
          {record.commit ? <code>{record.commit.slice(0, 12)}</code> : texts.noCommit}
        </dd>
        <dt>{texts.duration}</dt>
        <dd>
          {record.durationMs === null || record.durationMs === undefined
            ? texts.none
            : `${record.durationMs} ms`}
        </dd>
      </dl>
      {problems.length > 0 ? (
        <div role="alert">
          <strong>{texts.errors}:</strong>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
