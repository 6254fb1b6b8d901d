'use client'
import type { TextFieldClientComponent } from 'payload'
import { FieldError, FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'

import { normalizedUrl } from '../../sources/vendors'
import { adminTexts } from '../../i18n/admin/adminTexts'

type Option = { url: string; label: string }

const documentFields = [
  { pattern: /^citations\.(\d+)\.url$/, title: (row: string) => `citations.${row}.title` },
  { pattern: /^audits\.(\d+)\.reportUrl$/, title: (row: string) => `audits.${row}.title` },
] as const

/**
 * The evidence entry's document: a choice among the revision's citations and audit
 * reports as the form stands (their titles and URLs), stored as the normalized URL the
 * save compares. A value that is none of them stays visible, marked as such.
 */
export const EvidenceUrlField: TextFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).evidence
  const { value, setValue, showError, errorMessage } = useField<string>({
    potentiallyStalePath: path,
  })
  // One string per render: the field re-renders only when a cited document changes.
  const serialized = useFormFields(([fields]) =>
    JSON.stringify(
      Object.entries(fields).flatMap(([fieldPath, state]): Option[] => {
        for (const { pattern, title } of documentFields) {
          const row = pattern.exec(fieldPath)?.[1]
          const url = normalizedUrl(typeof state?.value === 'string' ? state.value : null)
          if (row === undefined || !url) continue
          const titleValue = fields[title(row)]?.value
          const name = typeof titleValue === 'string' ? titleValue.trim().split('\n')[0] : ''
          return [{ url, label: name ? `${name} – ${url}` : url }]
        }
        return []
      }),
    ),
  )
  const options = (JSON.parse(serialized) as Option[]).filter(
    (option, index, all) => all.findIndex((other) => other.url === option.url) === index,
  )
  const current = normalizedUrl(value) ?? value ?? ''
  const isCited = !current || options.some((option) => option.url === current)
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type text evidence-url-field" style={{ marginBottom: '1rem' }}>
      <FieldLabel htmlFor={id} label={texts.documentLabel} required />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <select
        id={id}
        name={path}
        value={current}
        onChange={(event) => setValue(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', fontSize: '0.95rem' }}
      >
        <option value="">{texts.chooseDocument}</option>
        {options.map((option) => (
          <option key={option.url} value={option.url}>
            {option.label}
          </option>
        ))}
        {isCited ? null : <option value={current}>{texts.notCited(current)}</option>}
      </select>
      <div className="field-description" style={{ marginTop: '0.25rem' }}>
        {texts.documentHint}
      </div>
    </div>
  )
}
