'use client'
import type { UIFieldClientComponent } from 'payload'
import { useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useRef, useState } from 'react'

import { dateText } from '../../i18n/dates'
import { languageFrom } from '../../i18n/messages'
import { errorMessagesOf } from '../errorMessagesOf'
import { adminTexts } from '../../i18n/admin/adminTexts'
import type { EvidenceQuoteResponse, EvidenceTextResponse } from './evidenceEndpoints'

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; result: EvidenceTextResponse }

type Range = { start: number; end: number }

/** How long the typing pauses before the quote is looked up. */
const typingPauseMs = 400
/** More search hits than this are not marked. */
const maxHits = 200

const hitsOf = (text: string, search: string): Range[] => {
  const wanted = search.trim().toLocaleLowerCase('de')
  if (wanted.length < 2) return []
  const haystack = text.toLocaleLowerCase('de')
  const hits: Range[] = []
  for (let at = haystack.indexOf(wanted); at !== -1 && hits.length < maxHits;) {
    hits.push({ start: at, end: at + wanted.length })
    at = haystack.indexOf(wanted, at + wanted.length)
  }
  return hits
}

/** `text` cut at every range's edges, each piece marked as a search hit and/or the quote. */
const segmentsOf = (text: string, hits: readonly Range[], quote: Range | null) => {
  const edges = new Set([0, text.length])
  for (const range of [...hits, ...(quote ? [quote] : [])]) {
    edges.add(range.start)
    edges.add(range.end)
  }
  const sorted = [...edges].sort((a, b) => a - b)
  return sorted.slice(0, -1).map((start, index) => {
    const end = sorted[index + 1]!
    return {
      start,
      text: text.slice(start, end),
      isHit: hits.some((hit) => hit.start <= start && end <= hit.end),
      isQuote: quote !== null && quote.start <= start && end <= quote.end,
    }
  })
}

/**
 * Under an evidence entry's quote: the document's text as the source watch last stored
 * it (`GET /api/providers/:id/evidence-text`, never the live site), searchable; the
 * passage the editor selects in it becomes the quote. While the quote is typed, whether
 * the save will find it ("gefunden" / "nicht gefunden", `…/evidence-quote`: the server's
 * own matching, whitespace, quotes, case and punctuation aside).
 */
export const PassagePicker: UIFieldClientComponent = ({ path }) => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const texts = adminTexts(language).evidence
  const rowPath = path.slice(0, path.lastIndexOf('.'))
  const url = useFormFields(([fields]) => fields[`${rowPath}.url`]?.value)
  const {
    value: quote,
    initialValue: savedQuote,
    setValue: setQuote,
  } = useField<string>({ path: `${rowPath}.quote` })
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [match, setMatch] = useState<EvidenceQuoteResponse | null>(null)
  const [search, setSearch] = useState('')
  // Open for a new entry; an entry with a quote opens it when the passage is to change.
  const [isOpen, setIsOpen] = useState(() => !quote?.trim())
  const textRef = useRef<HTMLDivElement>(null)
  const api = `${config.routes.api}/providers/${id}`
  const documentUrl = typeof url === 'string' ? url : ''

  useEffect(() => {
    if (id === undefined || !documentUrl || !isOpen) return
    const controller = new AbortController()
    setLoaded({ status: 'loading' })
    fetch(`${api}/evidence-text?url=${encodeURIComponent(documentUrl)}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        const body: unknown = await response.json()
        setLoaded(
          response.ok
            ? { status: 'loaded', result: body as EvidenceTextResponse }
            : { status: 'failed', message: errorMessagesOf(body).messages.join(' ') },
        )
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ status: 'failed', message: String(error) })
      })
    return () => controller.abort()
  }, [api, id, documentUrl, isOpen])

  useEffect(() => {
    setMatch(null)
    // A saved quote's state is the entry's view above: looked up once it is typed or picked.
    const isSaved = quote === savedQuote && !isOpen
    if (id === undefined || !documentUrl || !quote?.trim() || isSaved) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const query = `url=${encodeURIComponent(documentUrl)}&quote=${encodeURIComponent(quote)}`
      fetch(`${api}/evidence-quote?${query}`, { credentials: 'include', signal: controller.signal })
        .then(async (response) => {
          if (response.ok) setMatch((await response.json()) as EvidenceQuoteResponse)
        })
        .catch(() => undefined)
    }, typingPauseMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, id, documentUrl, quote, savedQuote, isOpen])

  const text =
    loaded.status === 'loaded' && loaded.result.status === 'stored' ? loaded.result.text : ''
  const hits = useMemo(() => hitsOf(text, search), [text, search])
  const quoteRange =
    match?.status === 'stored' && match.isFound && match.start !== null && match.end !== null
      ? { start: match.start, end: match.end }
      : null
  const segments = useMemo(
    () => segmentsOf(text, hits, quoteRange),
    [text, hits, quoteRange?.start, quoteRange?.end],
  )

  useEffect(() => {
    textRef.current?.querySelector('[data-hit]')?.scrollIntoView({ block: 'nearest' })
  }, [hits])
  useEffect(() => {
    textRef.current?.querySelector('[data-quote]')?.scrollIntoView({ block: 'nearest' })
  }, [quoteRange?.start])

  const takeSelection = () => {
    const selection = window.getSelection()
    const container = textRef.current
    if (!selection || !container || selection.isCollapsed) return
    if (!container.contains(selection.anchorNode) || !container.contains(selection.focusNode))
      return
    const picked = selection.toString().trim()
    if (!picked) return
    setQuote(picked)
    // The text is drawn anew with the quote marked: a selection kept would stretch over it.
    selection.removeAllRanges()
  }

  if (id === undefined) return <p className="passage-picker">{texts.pickerNewDoc}</p>
  if (!documentUrl) return <p className="passage-picker">{texts.pickerNoDocument}</p>
  const isFound = match?.status === 'stored' ? match.isFound : null
  return (
    <section className="passage-picker" style={{ margin: '0 0 1.5rem' }}>
      {isFound !== null && quote?.trim() ? (
        <p
          className="passage-picker__found"
          data-quote-found={String(isFound)}
          aria-live="polite"
          style={{
            margin: '0 0 0.5rem',
            color: isFound
              ? 'var(--theme-success-650, var(--theme-success-500))'
              : 'var(--theme-error-500)',
          }}
        >
          <strong>{isFound ? texts.quoteFound : texts.quoteNotFound}</strong>
          {' – '}
          {isFound ? texts.quoteFoundHint : texts.quoteNotFoundHint}
        </p>
      ) : null}
      <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary style={{ cursor: 'pointer', fontWeight: 600, marginBottom: '0.25rem' }}>
          {texts.pickerTitle}
        </summary>
        {loaded.status === 'loading' ? <p>{texts.pickerLoading}</p> : null}
        {loaded.status === 'failed' ? (
          <p role="alert">
            {texts.pickerFailed} {loaded.message}
          </p>
        ) : null}
        {loaded.status === 'loaded' && loaded.result.status === 'missing' ? (
          <p className="passage-picker__missing" data-stored-text="missing">
            {loaded.result.reason ?? texts.pickerNoText}
          </p>
        ) : null}
        {loaded.status === 'loaded' && loaded.result.status === 'stored' ? (
          <>
            <p style={{ margin: '0 0 0.5rem' }}>
              {texts.pickerTextOf(dateText(loaded.result.fetchedAt, language))}. {texts.pickerHint}
            </p>
            <div
              style={{
                display: 'flex',
                gap: '0.75rem',
                alignItems: 'center',
                marginBottom: '0.5rem',
              }}
            >
              <input
                type="search"
                className="passage-picker__search"
                aria-label={texts.search}
                placeholder={texts.search}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                style={{ flex: 1, padding: '0.4rem 0.5rem' }}
              />
              {search.trim().length >= 2 ? <span>{texts.searchHits(hits.length)}</span> : null}
            </div>
            <div
              ref={textRef}
              className="passage-picker__text"
              onMouseUp={takeSelection}
              onKeyUp={takeSelection}
              style={{
                whiteSpace: 'pre-wrap',
                maxHeight: '18rem',
                overflow: 'auto',
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 4,
                padding: '0.5rem 0.75rem',
                lineHeight: 1.5,
                fontSize: '0.9rem',
              }}
            >
              {segments.map((segment) =>
                segment.isHit || segment.isQuote ? (
                  <mark
                    key={segment.start}
                    data-hit={segment.isHit ? '' : undefined}
                    data-quote={segment.isQuote ? '' : undefined}
                    style={{
                      background: segment.isQuote
                        ? 'var(--theme-success-150, var(--theme-success-100))'
                        : 'var(--theme-warning-150, var(--theme-warning-100))',
                      color: 'inherit',
                    }}
                  >
                    {segment.text}
                  </mark>
                ) : (
                  <span key={segment.start}>{segment.text}</span>
                ),
              )}
            </div>
          </>
        ) : null}
      </details>
    </section>
  )
}
