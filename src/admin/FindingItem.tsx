import type { ReadFinding } from '../findings/finding'
import { dateText } from '../i18n/dates'
import { TextDiffView } from './TextDiffView'
import { adminTexts } from '../i18n/admin/adminTexts'

/**
 * One finding in the findings panel: its German (or English) label, the value, the
 * message, and for a changed source the diff of the vendor's page since the approval.
 */
export const FindingItem = ({ finding, locale }: { finding: ReadFinding; locale: 'de' | 'en' }) => (
  <li data-finding={finding.code} style={{ marginBottom: '0.25rem' }}>
    <strong>{adminTexts(locale).findingLabels[finding.code]}</strong>
    {finding.value ? (
      <code style={{ marginLeft: '0.5rem' }}>
        {/^\d{4}-\d{2}-\d{2}T/.test(finding.value)
          ? dateText(finding.value, locale)
          : finding.value}
      </code>
    ) : null}
    <div style={{ color: 'var(--theme-elevation-650)' }}>{finding.message}</div>
    {finding.diff ? (
      <details className="finding-diff" open>
        <summary>{adminTexts(locale).diffTitle(finding.value)}</summary>
        <TextDiffView parts={finding.diff} skippedLabel={adminTexts(locale).diffSkipped} />
      </details>
    ) : null}
  </li>
)
