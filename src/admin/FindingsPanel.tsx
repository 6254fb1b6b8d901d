'use client'
import type { UIFieldClientComponent } from 'payload'
import {
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { ProviderFindingsResponse } from '../findings/providerFindingsEndpoint'
import { errorMessagesOf } from './errorMessagesOf'
import { FindingItem } from './FindingItem'
import { SaveRefusals } from './SaveRefusals'
import { stalenessText } from './stalenessText'
import { adminTexts } from '../i18n/admin/adminTexts'

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; result: ProviderFindingsResponse; isUnsaved: boolean }

const palette = {
  error: { border: 'var(--theme-error-500)', background: 'var(--theme-error-50)' },
  warning: { border: 'var(--theme-warning-500)', background: 'var(--theme-warning-50)' },
} as const

/**
 * At the top of the provider edit view: the findings about the latest revision
 * (`GET /api/providers/:id/findings`): errors (rejected sources with their message,
 * which block approval) and warnings (stale or due soon, data sheet, …). Reloads after
 * every save and, while the form has unsaved changes, follows the typing
 * (`POST …/findings` with the form's values); above them, why the last save was refused
 * (`SaveRefusals`).
 */
export const FindingsPanel: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  return (
    <>
      <SaveRefusals title={adminTexts(i18n.language).saveRefused} />
      <Findings />
    </>
  )
}

/** How long the typing pauses before the panel asks about the unsaved form. */
const typingPauseMs = 700

const Findings = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language)
  const [fields] = useAllFormFields()
  const isModified = useFormModified()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  // The form's values only matter while they differ from what is saved.
  const unsavedFields = isModified ? fields : null

  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    const url = `${config.routes.api}/providers/${id}/findings`
    const load = async () => {
      if (!unsavedFields) setLoaded({ status: 'loading' })
      const response = unsavedFields
        ? await fetch(url, {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ revision: reduceFieldsToValues(unsavedFields, true) }),
            signal: controller.signal,
          })
        : await fetch(url, { credentials: 'include', signal: controller.signal })
      const body: unknown = await response.json()
      if (!response.ok) {
        setLoaded({ status: 'failed', message: errorMessagesOf(body).messages.join(' ') })
        return
      }
      setLoaded({
        status: 'loaded',
        result: body as ProviderFindingsResponse,
        isUnsaved: unsavedFields !== null,
      })
    }
    // The saved revision at once; the form as it stands once the typing pauses.
    const timer = setTimeout(
      () => {
        load().catch((error: unknown) => {
          if (controller.signal.aborted) return
          setLoaded({ status: 'failed', message: String(error) })
        })
      },
      unsavedFields ? typingPauseMs : 0,
    )
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [id, lastUpdateTime, unsavedFields, config.routes.api])

  if (id === undefined) return <p className="findings-panel">{texts.findingsNewDoc}</p>
  if (loaded.status === 'loading') return <p className="findings-panel">{texts.findingsLoading}</p>
  if (loaded.status === 'failed') {
    return (
      <p className="findings-panel" role="alert">
        {texts.findingsFailed} {loaded.message}
      </p>
    )
  }
  // The findings' labels follow their messages: the asker's language, as the server chose it.
  const { findings, staleness, language } = loaded.result
  const errors = findings.filter((finding) => finding.severity === 'error')
  const warnings = findings.filter((finding) => finding.severity === 'warning')
  const severity = errors.length > 0 ? 'error' : 'warning'
  return (
    <section
      className="findings-panel"
      aria-label={texts.findingsTitle}
      style={{
        border: `1px solid ${findings.length > 0 ? palette[severity].border : 'var(--theme-elevation-150)'}`,
        background: findings.length > 0 ? palette[severity].background : undefined,
        borderRadius: 4,
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
      }}
    >
      <h4 style={{ margin: 0 }}>{texts.findingsTitle}</h4>
      {loaded.isUnsaved ? (
        <p data-unsaved style={{ margin: '0.25rem 0', fontStyle: 'italic' }}>
          {texts.findingsUnsaved}
        </p>
      ) : null}
      <p data-staleness={staleness.state} style={{ margin: '0.25rem 0' }}>
        {texts.stalenessLine(
          stalenessText({ staleness, texts }),
          staleness.staleOn,
          staleness.intervalDays,
        )}
      </p>
      {findings.length === 0 ? <p style={{ margin: 0 }}>{texts.findingsNone}</p> : null}
      {errors.length > 0 ? (
        <>
          <h5 style={{ margin: '0.5rem 0 0.25rem', color: palette.error.border }}>
            {texts.findingsErrors(errors.length)}
          </h5>
          <ul style={{ margin: 0 }}>
            {errors.map((finding, index) => (
              <FindingItem key={`${finding.code}-${index}`} finding={finding} locale={language} />
            ))}
          </ul>
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h5 style={{ margin: '0.5rem 0 0.25rem' }}>{texts.findingsWarnings(warnings.length)}</h5>
          <ul style={{ margin: 0 }}>
            {warnings.map((finding, index) => (
              <FindingItem key={`${finding.code}-${index}`} finding={finding} locale={language} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
