'use client'
import type { TextFieldClientComponent } from 'payload'
import { FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { languageFrom } from '../../i18n/messages'
import { datasheetFacts, factKeys, labelOfKey } from '../../mapping/facts'
import { adminTexts } from '../../i18n/admin/adminTexts'

/** The Datenblatt rows that show a fact: what a claim most often is. */
const datasheetClaims = datasheetFacts.filter((fact) =>
  (factKeys as readonly string[]).includes(fact.field),
)

/**
 * The evidence entry's claim: free text, with the Datenblatt rows offered while typing
 * (their labels as the page prints them), so that the list's coverage counts the row.
 */
export const EvidenceClaimField: TextFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const texts = adminTexts(language).evidence
  const { value, setValue, showError, errorMessage } = useField<string>({
    potentiallyStalePath: path,
  })
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type text evidence-claim-field" style={{ marginBottom: '1rem' }}>
      <FieldLabel htmlFor={id} label={texts.claimLabel} required />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <input
        id={id}
        name={path}
        type="text"
        list={`${id}-rows`}
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
        style={{ width: '100%', padding: '0.5rem', fontSize: '0.95rem' }}
      />
      <datalist id={`${id}-rows`}>
        {datasheetClaims.map((fact) => (
          <option
            key={fact.field}
            value={language === 'de' ? fact.label : (labelOfKey(fact.field)?.en ?? fact.label)}
          />
        ))}
      </datalist>
      <div className="field-description" style={{ marginTop: '0.25rem' }}>
        {texts.claimHint}
      </div>
    </div>
  )
}
