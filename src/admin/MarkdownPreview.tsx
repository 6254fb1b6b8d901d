'use client'
import type { UIFieldClientComponent } from 'payload'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { errorMessagesOf } from './errorMessagesOf'
import { adminTexts } from '../i18n/admin/adminTexts'

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; markdown: string }

/**
 * The tab "Vorschau": the page the export would write for the latest draft
 * (`GET /api/providers/:id/markdown?draft=true`), as plain text. Reloads after every
 * save and on demand.
 */
export const MarkdownPreview: UIFieldClientComponent = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [reloads, setReloads] = useState(0)
  const reload = useCallback(() => setReloads((count) => count + 1), [])

  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    const load = async () => {
      setLoaded({ status: 'loading' })
      const response = await fetch(`${config.routes.api}/providers/${id}/markdown?draft=true`, {
        credentials: 'include',
        signal: controller.signal,
      })
      const text = await response.text()
      if (!response.ok) {
        const body: unknown = response.headers.get('content-type')?.includes('json')
          ? JSON.parse(text)
          : text
        setLoaded({ status: 'failed', message: errorMessagesOf(body).messages.join(' ') })
        return
      }
      setLoaded({ status: 'loaded', markdown: text })
    }
    load().catch((error: unknown) => {
      if (controller.signal.aborted) return
      setLoaded({ status: 'failed', message: String(error) })
    })
    return () => controller.abort()
  }, [id, lastUpdateTime, reloads, config.routes.api])

  if (id === undefined) return <p className="markdown-preview">{texts.previewNewDoc}</p>
  return (
    <section className="markdown-preview" aria-label={texts.previewTitle}>
      <div style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
        <h4 style={{ margin: 0 }}>{texts.previewTitle}</h4>
        <Button buttonStyle="secondary" size="small" onClick={reload}>
          {texts.previewReload}
        </Button>
      </div>
      {loaded.status === 'loading' ? <p>{texts.previewLoading}</p> : null}
      {loaded.status === 'failed' ? (
        <p role="alert">
          {texts.previewFailed} {loaded.message}
        </p>
      ) : null}
      {loaded.status === 'loaded' ? (
        <pre
          data-testid="markdown-preview"
          style={{
            whiteSpace: 'pre-wrap',
            maxHeight: '70vh',
            overflow: 'auto',
            padding: '1rem',
            background: 'var(--theme-elevation-50)',
            border: '1px solid var(--theme-elevation-150)',
            fontSize: '0.8125rem',
          }}
        >
          {loaded.markdown}
        </pre>
      ) : null}
    </section>
  )
}
