'use client'
import type { UIFieldClientComponent } from 'payload'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { EntryJudgement } from '../sources/judge'
import { readFinding } from '../findings/finding'
import { languageFrom, render } from '../i18n/messages'
import { vendorFields } from '../mapping/facts'
import { judgeAudit, judgeCitation } from '../sources/judge'
import { vendorDomainsOf } from '../sources/vendors'
import { adminTexts } from '../i18n/admin/adminTexts'

/** The row's own fields and the revision's vendor fields that its verdict depends on. */
type Inputs = {
  entry: Record<string, string | null>
  vendor: Record<string, string | null>
  vendorDomains: string[]
}

const entryFields = ['url', 'reportUrl', 'title', 'linkedFrom', 'rawLine'] as const

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null)

const palette = {
  primary: 'var(--theme-success-500)',
  linked: 'var(--theme-warning-500)',
  rejected: 'var(--theme-error-500)',
} as const

/**
 * Under each citation and audit entry: its verdict as the editor types, from the
 * same pure rule the save runs (`judgeCitation` / `judgeAudit` against the vendor
 * domains of the form as it stands). The save's verdict is still what counts: this
 * only shows it before the save would refuse the entry.
 */
export const CitationVerdict: UIFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const texts = adminTexts(language)
  const rowPath = path.slice(0, path.lastIndexOf('.'))
  const isAudit = rowPath.startsWith('audits.')
  // One string per render, so the component re-renders only when one of its inputs changes.
  const serialized = useFormFields(([fields]) =>
    JSON.stringify({
      entry: Object.fromEntries(
        entryFields.map((name) => [name, textOf(fields[`${rowPath}.${name}`]?.value)]),
      ),
      vendor: Object.fromEntries(vendorFields.map((name) => [name, textOf(fields[name]?.value)])),
      vendorDomains: Array.isArray(fields.vendorDomains?.value)
        ? fields.vendorDomains.value.filter((value): value is string => typeof value === 'string')
        : [],
    } satisfies Inputs),
  )
  const inputs = JSON.parse(serialized) as Inputs
  const address = isAudit ? inputs.entry.reportUrl : inputs.entry.url
  if (!address?.trim() && !inputs.entry.title?.trim()) return null
  const vendors = vendorDomainsOf({ ...inputs.vendor, vendorDomains: inputs.vendorDomains })
  const judged: EntryJudgement = isAudit
    ? judgeAudit({ audit: inputs.entry, vendors, path: rowPath })
    : judgeCitation({ citation: inputs.entry, vendors, path: rowPath })
  const problems = judged.findings
    .map((finding) => readFinding(finding, language))
    .filter((finding) => finding.message !== render(language, judged.verdictReason))
  return (
    <div
      className="citation-verdict"
      data-verdict={judged.verdict}
      aria-live="polite"
      style={{
        borderLeft: `3px solid ${palette[judged.verdict]}`,
        padding: '0.25rem 0.75rem',
        margin: '0 0 1rem',
      }}
    >
      <strong>
        {texts.verdictAsTyped}: {texts.verdictLabel[judged.verdict]}
      </strong>
      <div>{render(language, judged.verdictReason)}</div>
      {problems.length > 0 ? (
        <ul style={{ margin: '0.25rem 0 0' }}>
          {problems.map((finding, index) => (
            <li key={`${finding.code}-${index}`} data-finding={finding.code}>
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
