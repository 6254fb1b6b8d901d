import type { ReadFinding } from '../findings/finding'
import { dateText } from '../i18n/dates'
import { findingLabelOf } from '../findings/labels'
import { TextDiffView } from './TextDiffView'
import { textsFor } from './texts'

/**
 * One finding in the findings panel: its German (or English) label, the value, the
 * message, and for a changed source the diff of the vendor's page since the approval.
 */
export const FindingItem = ({ finding, locale }: { finding: ReadFinding; locale: 'de' | 'en' }) => (
  <li data-finding={finding.code} style={{ marginBottom: '0.25rem' }}>
    <strong>{findingLabelOf({ code: finding.code, locale })}</strong>
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
        <summary>{textsFor(locale).diffTitle(finding.value)}</summary>
        <TextDiffView parts={finding.diff} skippedLabel={textsFor(locale).diffSkipped} />
      </details>
    ) : null}
  </li>
)
