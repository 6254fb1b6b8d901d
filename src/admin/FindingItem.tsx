import type { Finding } from '../findings/finding'
import { findingLabelOf } from '../findings/labels'

/** One finding in the findings panel: its German (or English) label, the value, the message. */
export const FindingItem = ({ finding, locale }: { finding: Finding; locale: 'de' | 'en' }) => (
  <li data-finding={finding.code} style={{ marginBottom: '0.25rem' }}>
    <strong>{findingLabelOf({ code: finding.code, locale })}</strong>
    {finding.value ? <code style={{ marginLeft: '0.5rem' }}>{finding.value}</code> : null}
    <div style={{ color: 'var(--theme-elevation-650)' }}>{finding.message}</div>
  </li>
)
