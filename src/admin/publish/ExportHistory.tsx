'use client'
import type { Export, User } from '../../payload-types'
import type { AdminTexts } from '../../i18n/admin/adminTexts'
import { dateText } from '../../i18n/dates'
import { languageFrom } from '../../i18n/messages'
import { pathsOf } from '../../export/recordFields'

const starterOf = (record: Export): string => {
  const user = record.startedBy as User | string | null | undefined
  if (user && typeof user === 'object') return user.name?.trim() || user.email
  return record.by ?? '–'
}

/** The latest export runs, newest first. */
export const ExportHistory = ({
  records,
  texts,
  language,
}: {
  records: Export[]
  texts: AdminTexts['publish']
  language: string
}) => {
  if (records.length === 0) return <p>{texts.historyEmpty}</p>
  return (
    <table data-testid="export-history" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr style={{ textAlign: 'left' }}>
          <th>{texts.startedAt}</th>
          <th>{texts.startedBy}</th>
          <th>{texts.statusLabel}</th>
          <th>{texts.written}</th>
          <th>{texts.unchanged}</th>
          <th>{texts.removed}</th>
          <th>{texts.commit}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
            <td>{dateText(record.startedAt, languageFrom(language))}</td>
            <td>{starterOf(record)}</td>
            <td>{texts.status[record.status] ?? record.status}</td>
            <td>{pathsOf(record.written).length}</td>
            <td>{record.unchanged ?? '–'}</td>
            <td>{pathsOf(record.removed).length}</td>
            <td>{record.commit ? <code>{record.commit.slice(0, 12)}</code> : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
