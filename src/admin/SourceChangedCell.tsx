import type { DefaultServerCellComponentProps } from 'payload'

import { openSourceChanges } from './openSourceChanges'
import { adminTexts } from '../i18n/admin/adminTexts'

/**
 * List cell of the `sourceWatch` column: "Quelle geändert" when a document the profile
 * cites changed since its last approval (an open source change). One narrow read of
 * the open changes per admin request, however many rows the list has.
 */
export const SourceChangedCell = async ({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) => {
  if (!rowData) return null
  const open = await openSourceChanges(payload)
  const urls = open.get(String(rowData.id))
  if (!urls) return null
  return (
    <span
      className="source-changed-cell"
      data-source-changed="true"
      title={[...urls].join('\n')}
      style={{ color: 'var(--theme-warning-650, var(--theme-warning-500))', fontWeight: 600 }}
    >
      {adminTexts(i18n.language).sourceChangedCell}
    </span>
  )
}
