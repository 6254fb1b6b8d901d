'use client'
import type { UIFieldClientComponent } from 'payload'
import { Button, useAuth, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { User } from '../../payload-types'
import { dateText } from '../../i18n/dates'
import { languageFrom } from '../../i18n/messages'
import { adminTexts } from '../../i18n/admin/adminTexts'
import type { EvidenceState } from './evidenceEndpoints'
import { PassageCompare } from './PassageCompare'
import { textFragmentUrl } from './textFragment'
import { useEvidenceStates } from './useEvidenceStates'

const palette: Record<EvidenceState, string> = {
  holds: 'var(--theme-success-500)',
  edited: 'var(--theme-warning-500)',
  vanished: 'var(--theme-error-500)',
  unanchored: 'var(--theme-elevation-400)',
  missing: 'var(--theme-elevation-400)',
}

/**
 * At the top of each evidence entry: the claim's state in the document's latest stored
 * text (hält / geändert / verschwunden), the passage as anchored and as it stands now
 * side by side with a word diff, a link to the vendor page at the passage, and for a
 * changed passage "Noch zutreffend – neu verankern" (the passage as it stands now becomes
 * the entry's quote: a change of the draft like any other, reviewed by a second person)
 * and "Angabe ändern" (to the claim's input), for editors. Shows the saved revision;
 * nothing for a row that is not saved yet.
 */
export const EvidenceEntryView: UIFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const texts = adminTexts(language).evidence
  const rowPath = path.slice(0, path.lastIndexOf('.'))
  const rowId = useFormFields(([fields]) => fields[`${rowPath}.id`]?.value)
  const { setValue: setQuote } = useField<string>({ path: `${rowPath}.quote` })
  const [isReanchored, setIsReanchored] = useState(false)
  const states = useEvidenceStates()
  const { user } = useAuth<User>()
  // Changing the content is the editors' part (four eyes): reviewers read the view.
  const canEdit = (user?.roles ?? []).some((role) => role === 'editor' || role === 'admin')
  if (!states || !rowId) return null
  if (states.status === 'loading') return <p className="evidence-entry">{texts.loading}</p>
  if (states.status === 'failed') {
    return (
      <p className="evidence-entry" role="alert">
        {texts.failed} {states.message}
      </p>
    )
  }
  const entry = states.result.entries.find((candidate) => candidate.id === rowId)
  if (!entry) return null
  const canAnswer = canEdit && (entry.state === 'edited' || entry.state === 'vanished')
  const linked = entry.now?.exact ?? entry.anchored?.exact
  const fetchedAt = entry.fetchedAt ? dateText(entry.fetchedAt, language) : null
  const editClaim = () => {
    const input = document.getElementById(`field-${rowPath.replace(/\./g, '__')}__claim`)
    input?.scrollIntoView({ block: 'center' })
    input?.focus()
  }
  return (
    <section
      className="evidence-entry"
      data-evidence-state={entry.state}
      style={{
        borderLeft: `4px solid ${palette[entry.state]}`,
        padding: '0.5rem 0.75rem',
        margin: '0 0 1rem',
        display: 'grid',
        gap: '0.5rem',
      }}
    >
      <div>
        <strong>
          {texts.stateLabel}:{' '}
          <span className="evidence-entry__state" style={{ color: palette[entry.state] }}>
            {texts.state[entry.state]}
          </span>
        </strong>{' '}
        <span>{texts.stateHint[entry.state]}</span>
      </div>
      {entry.anchored ? (
        <PassageCompare
          anchored={entry.anchored}
          now={entry.now}
          anchoredTitle={texts.anchoredTitle}
          nowTitle={texts.nowTitle(fetchedAt)}
          nowMissing={entry.state === 'missing' ? texts.stateHint.missing : texts.noCandidate}
        />
      ) : null}
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        {linked ? (
          <a
            className="evidence-entry__vendor-link"
            href={textFragmentUrl({ url: entry.url, passage: linked })}
            target="_blank"
            rel="noopener noreferrer"
          >
            {texts.openAtVendor}
          </a>
        ) : null}
        {canAnswer && entry.now ? (
          <Button
            buttonStyle="primary"
            size="small"
            margin={false}
            tooltip={texts.reanchorHint}
            onClick={() => {
              setQuote(entry.now!.exact)
              setIsReanchored(true)
            }}
          >
            {texts.reanchor}
          </Button>
        ) : null}
        {canAnswer ? (
          <Button buttonStyle="secondary" size="small" margin={false} onClick={editClaim}>
            {texts.editClaim}
          </Button>
        ) : null}
      </div>
      {isReanchored ? (
        <p className="evidence-entry__reanchored" role="status" style={{ margin: 0 }}>
          {texts.reanchored}
        </p>
      ) : null}
    </section>
  )
}
