'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ExportPreview } from '../../export/plan'
import type { Export } from '../../payload-types'
import { ExportHistory } from './ExportHistory'
import { ExportResult } from './ExportResult'
import { fetchJson } from './fetchJson'
import { PreviewList } from './PreviewList'
import { adminTexts } from '../../i18n/admin/adminTexts'

type Preview = { target: string } & ExportPreview

type Loadable<T> =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; value: T }

type Run =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'polling'; record: Export }
  | { state: 'done'; record: Export }
  | { state: 'failed'; message: string }

const pollEveryMs = 700

const isFinal = (record: Export): boolean =>
  record.status === 'succeeded' || record.status === 'partial' || record.status === 'failed'

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/**
 * The "Veröffentlichen" panel: loads the preview (`GET /api/exports/preview`), starts the
 * export on confirmation (`POST /api/exports`), polls its record until it is final, shows
 * the result and the latest 20 runs (`GET /api/exports`).
 */
export const PublishPanel = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).publish
  const api = `${config.routes.api}/exports`
  const [preview, setPreview] = useState<Loadable<Preview>>({ state: 'loading' })
  const [history, setHistory] = useState<Loadable<Export[]>>({ state: 'loading' })
  const [run, setRun] = useState<Run>({ state: 'idle' })
  const [reloads, setReloads] = useState(0)
  const reload = useCallback(() => setReloads((count) => count + 1), [])

  useEffect(() => {
    const controller = new AbortController()
    setPreview({ state: 'loading' })
    fetchJson<Preview>({ url: `${api}/preview`, signal: controller.signal })
      .then((value) => setPreview({ state: 'loaded', value }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setPreview({ state: 'failed', message: messageOf(err) })
      })
    fetchJson<{ docs: Export[] }>({
      url: `${api}?sort=-startedAt&limit=20&depth=1`,
      signal: controller.signal,
    })
      .then(({ docs }) => setHistory({ state: 'loaded', value: docs }))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setHistory({ state: 'failed', message: messageOf(err) })
      })
    return () => controller.abort()
  }, [api, reloads])

  const recordId = run.state === 'polling' ? run.record.id : null
  useEffect(() => {
    if (recordId === null) return
    const timer = setInterval(() => {
      fetchJson<Export>({ url: `${api}/${recordId}?depth=1` })
        .then((record) => {
          if (!isFinal(record)) return setRun({ state: 'polling', record })
          setRun({ state: 'done', record })
          reload()
        })
        .catch((err: unknown) => setRun({ state: 'failed', message: messageOf(err) }))
    }, pollEveryMs)
    return () => clearInterval(timer)
  }, [api, recordId, reload])

  const start = useCallback(() => {
    setRun({ state: 'starting' })
    fetchJson<{ doc: Export }>({ url: api, method: 'POST', body: {} })
      .then(({ doc }) => setRun({ state: 'polling', record: doc }))
      .catch((err: unknown) => setRun({ state: 'failed', message: messageOf(err) }))
  }, [api])

  const isBusy = run.state === 'starting' || run.state === 'polling'
  const hasChanges = preview.state === 'loaded' && preview.value.pages.length > 0
  return (
    <div
      data-testid="publish-panel"
      style={{ display: 'grid', gap: '1.5rem', paddingBottom: '3rem' }}
    >
      <section aria-label={texts.previewTitle}>
        <div style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
          <h2 style={{ margin: 0 }}>{texts.previewTitle}</h2>
          <Button buttonStyle="secondary" size="small" onClick={reload} disabled={isBusy}>
            {texts.previewReload}
          </Button>
        </div>
        {preview.state === 'loaded' ? <p>{texts.intro(preview.value.target)}</p> : null}
        {preview.state === 'loading' ? <p>{texts.previewLoading}</p> : null}
        {preview.state === 'failed' ? (
          <p role="alert">
            {texts.previewFailed} {preview.message}
          </p>
        ) : null}
        {preview.state === 'loaded' ? <PreviewList preview={preview.value} texts={texts} /> : null}
        <Button onClick={start} disabled={!hasChanges || isBusy}>
          {texts.confirm}
        </Button>
      </section>
      {run.state === 'starting' ? <p role="status">{texts.starting}</p> : null}
      {run.state === 'polling' ? (
        <p role="status" data-testid="export-progress">
          {texts.running(texts.status[run.record.status] ?? run.record.status)}
        </p>
      ) : null}
      {run.state === 'failed' ? (
        <p role="alert">
          {texts.startFailed} {run.message}
        </p>
      ) : null}
      {run.state === 'done' ? <ExportResult record={run.record} texts={texts} /> : null}
      <section aria-label={texts.historyTitle}>
        <h2>{texts.historyTitle}</h2>
        {history.state === 'failed' ? (
          <p role="alert">
            {texts.historyFailed} {history.message}
          </p>
        ) : null}
        {history.state === 'loaded' ? (
          <ExportHistory records={history.value} texts={texts} language={i18n.language} />
        ) : null}
      </section>
    </div>
  )
}
