import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareFetched, requestFor } from '../../../src/watch/checkDocument'
import type { Comparison, SnapshotMeta } from '../../../src/watch/checkDocument'
import { changeExcerpt, diffText } from '../../../src/watch/diffText'
import { extractText } from '../../../src/watch/extractText'
import type { ExtractText, Selectors } from '../../../src/watch/extractText'
import { createFetcher } from '../../../src/watch/fetcher'
import type { Fetcher } from '../../../src/watch/fetcher'
import { guardDials } from '../../helpers/dialGuard'
import { redirect, startTlsSite } from '../../helpers/tlsSite'
import { inEnglish } from '../../helpers/inEnglish'
import type { TlsSite } from '../../helpers/tlsSite'
import { faqLines, vendorFaqHtml } from '../../helpers/vendorPage'
import type { VendorPageOptions } from '../../helpers/vendorPage'

const url = 'https://getsession.org/faq'

type LastSnapshot = SnapshotMeta & { text: string }

/**
 * What the watch does with one source (`runWatch`): the request for it (conditional when
 * the settings are the last snapshot's), the fetch, and the comparison.
 */
const checkDocument = async ({
  fetcher,
  extract,
  url,
  selectors = {},
  last,
}: {
  fetcher: Pick<Fetcher, 'fetchDocument'>
  extract: ExtractText
  url: string
  selectors?: Selectors
  last: SnapshotMeta | null
}): Promise<Comparison> =>
  compareFetched({
    result: await fetcher.fetchDocument(requestFor({ url, selectors, last })),
    selectors,
    last,
    extract,
  })
const withoutWidget: Selectors = { remove: ['.last-updated', '.teaser'] }
const changedLines = faqLines.map((line) =>
  line.replace('does not roll its own cryptography', 'rolls its own cryptography'),
)

/** The vendor page the stand-in serves now, with an ETag of its bytes. */
let served: VendorPageOptions = {}

const guard = guardDials()
let site: TlsSite
let fetcher: Fetcher

beforeAll(async () => {
  site = await startTlsSite({
    routes: {
      '/faq': (request, response) => {
        const body = vendorFaqHtml(served)
        const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
        if (request.headers['if-none-match'] === etag)
          return void response.writeHead(304, { etag }).end()
        response.writeHead(200, { etag, 'content-type': 'text/html; charset=utf-8' }).end(body)
      },
      '/blind': (_request, response) => void response.writeHead(304).end(),
      '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    },
  })
  const lookup = async () => [] as { address: string; family: number }[]
  fetcher = createFetcher({
    publicUrl: 'https://desk.example.org',
    connectTo: site.connectTo,
    lookup,
  })
})

afterAll(async () => {
  await fetcher.close()
  await site.close()
  guard.restore()
})

const snapshotOf = (check: Comparison, selectors: Selectors = {}): LastSnapshot => {
  if (!('text' in check)) throw new Error(`expected a text, got ${JSON.stringify(check)}`)
  return { text: check.text, textHash: check.textHash, validators: check.validators, selectors }
}

/** Serves `options`, checks once as a baseline, then serves `next` and checks again. */
const checkAfter = async ({
  baseline = {},
  next,
  selectors,
  lastSelectors = selectors,
}: {
  baseline?: VendorPageOptions
  next: VendorPageOptions
  selectors?: Selectors
  lastSelectors?: Selectors
}) => {
  served = baseline
  const last = snapshotOf(
    await checkDocument({
      fetcher,
      extract: extractText,
      url,
      selectors: lastSelectors,
      last: null,
    }),
    lastSelectors,
  )
  served = next
  return checkDocument({ fetcher, extract: extractText, url, selectors, last })
}

describe('checkDocument', () => {
  it('takes the first fetch of a document as new', async () => {
    served = {}
    expect(await checkDocument({ fetcher, extract: extractText, url, last: null })).toMatchObject({
      status: 'new',
      httpStatus: 200,
      finalUrl: url,
      text: expect.stringContaining(faqLines[0] ?? ''),
    })
  })

  it('finds an unchanged page unchanged through a 304, having sent its ETag', async () => {
    expect(await checkAfter({ next: {} })).toMatchObject({ status: 'unchanged' })
    expect(site.requests.at(-1)?.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/)
  })

  it('finds restyled markup unchanged', async () => {
    expect(await checkAfter({ next: { isRestyled: true } })).toMatchObject({ status: 'unchanged' })
  })

  it('reports a substantive change, whose excerpt names it', async () => {
    served = {}
    const baseline = await checkDocument({ fetcher, extract: extractText, url, last: null })
    const check = await checkAfter({ next: { lines: changedLines } })
    expect(check).toMatchObject({ status: 'changed' })
    const before = 'text' in baseline ? baseline.text : ''
    expect(
      check.status === 'changed' &&
        changeExcerpt({ diff: diffText({ before, after: check.text }) }),
    ).toMatch(/^- No, Session does not roll.*\n\+ No, Session rolls its own cryptography/)
  })

  it('reports a changed "last updated" widget as a change', async () => {
    expect(await checkAfter({ next: { noise: 'Neu: Session 1.21' } })).toMatchObject({
      status: 'changed',
    })
  })

  it('ignores what the remove selectors drop', async () => {
    const check = await checkAfter({
      next: { noise: 'Neu: Session 1.21' },
      selectors: withoutWidget,
    })
    expect(check).toMatchObject({ status: 'unchanged' })
  })

  it('re-baselines without validators when the selectors changed', async () => {
    const check = await checkAfter({ next: {}, selectors: withoutWidget, lastSelectors: {} })
    expect(check).toMatchObject({ status: 'rebaselined', httpStatus: 200 })
    expect(site.requests.at(-1)?.headers['if-none-match']).toBeUndefined()
  })

  it('re-baselines when the text extraction changed, even where the text is the same', async () => {
    const check = await checkAfter({
      next: {},
      selectors: { extractor: 2 },
      lastSelectors: { extractor: 1 },
    })
    expect(check).toMatchObject({ status: 'rebaselined', httpStatus: 200 })
    expect(site.requests.at(-1)?.headers['if-none-match']).toBeUndefined()
  })

  it('takes a snapshot stored before extractor versions were recorded as version 1', async () => {
    const check = await checkAfter({ next: {}, selectors: { extractor: 1 }, lastSelectors: {} })
    expect(check).toMatchObject({ status: 'unchanged' })
  })

  it('re-baselines when the language asked for changed', async () => {
    const check = await checkAfter({ next: {}, selectors: { language: 'en' }, lastSelectors: {} })
    expect(check).toMatchObject({ status: 'rebaselined' })
    expect(site.requests.at(-1)?.headers['accept-language']).toBe('en')
  })

  it('fails when the select selectors match nothing', async () => {
    served = {}
    expect(
      await checkDocument({
        fetcher,
        extract: extractText,
        url,
        selectors: { select: ['#faq-gone'] },
        last: null,
      }),
    ).toMatchObject({
      status: 'failed',
      code: 'no-text',
      isTransient: false,
    })
  })

  it('fails a 304 to the first fetch, which sent no validators, instead of finding it unchanged', async () => {
    expect(
      await checkDocument({
        fetcher,
        extract: extractText,
        url: 'https://getsession.org/blind',
        last: null,
      }),
    ).toMatchObject({ status: 'failed', code: 'unexpected-304', isTransient: false })
  })

  it('fails a 304 to the full fetch after the selectors changed', async () => {
    const last = { text: 'x', textHash: 'x', validators: { etag: '"x"', lastModified: null } }
    expect(
      await checkDocument({
        fetcher,
        extract: extractText,
        url: 'https://getsession.org/blind',
        selectors: withoutWidget,
        last: { ...last, selectors: {} },
      }),
    ).toMatchObject({ status: 'failed', code: 'unexpected-304' })
  })

  it('fails a 404', async () => {
    expect(
      await checkDocument({
        fetcher,
        extract: extractText,
        url: 'https://getsession.org/gone',
        last: null,
      }),
    ).toMatchObject({
      status: 'failed',
      code: 'http-error',
      message: inEnglish('HTTP 404'),
    })
  })

  it('passes a blocked fetch on as it is', async () => {
    expect(
      await checkDocument({
        fetcher,
        extract: extractText,
        url: 'https://getsession.org/to-metadata',
        last: null,
      }),
    ).toMatchObject({
      status: 'blocked',
      hop: 1,
      range: 'cloudMetadata',
    })
  })
})
