/**
 * What extracting one document may cost: a page nested too deep, a PDF decompression
 * bomb, a page too big for the heap and a document too slow are `failed` with
 * `too-complex` in bounded time and memory, and the other hosts of the same run are
 * checked as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareFetched } from '../../../src/watch/checkDocument'
import { extractText } from '../../../src/watch/extractText'
import { createExtractor } from '../../../src/watch/extractor'
import type { Extractor } from '../../../src/watch/extractor'
import { fetchAll } from '../../../src/watch/fetchAll'
import { createFetcher } from '../../../src/watch/fetcher'
import type { Fetcher } from '../../../src/watch/fetcher'
import { extractionBudget } from '../../../src/watch/limits'
import type { ExtractionBudget } from '../../../src/watch/limits'
import { guardDials } from '../../helpers/dialGuard'
import { inEnglish } from '../../helpers/inEnglish'
import { deflatedSpaces, hostilePdf } from '../../helpers/hostilePdf'
import { page, startTlsSite } from '../../helpers/tlsSite'
import type { TlsSite } from '../../helpers/tlsSite'
import { vendorFaqHtml } from '../../helpers/vendorPage'

/** `depth` nested divs around one line of text. */
const nestedPage = (depth: number) =>
  `<!doctype html><html><body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body></html>`

const html = (markup: string) =>
  extractText({ body: Buffer.from(markup), contentType: 'text/html' })

/** 5 MB of HTML: 650,000 paragraphs, far more than any page has. */
const flatPage = `<!doctype html><html><body>${'<p>x</p>'.repeat(650_000)}</body></html>`

/** The most the process's resident memory grew while `work` ran, sampled every 10 ms. */
const withPeakRssGrowth = async <T>(work: () => Promise<T>) => {
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10)
  try {
    const result = await work()
    return { result, growthMb: (Math.max(peak, process.memoryUsage.rss()) - before) / 2 ** 20 }
  } finally {
    clearInterval(sampler)
  }
}

const guard = guardDials()
let site: TlsSite
let fetcher: Fetcher
let extractor: Extractor
/** 400 MB of spaces in a 408 KB PDF, as in the report. */
let bomb: Buffer

beforeAll(async () => {
  bomb = hostilePdf({ deflated: await deflatedSpaces(400) })
  site = await startTlsSite({
    routes: {
      '/deep': page(nestedPage(200_000)),
      '/bomb.pdf': page(bomb, 'application/pdf'),
      '/faq': page(vendorFaqHtml()),
    },
  })
  fetcher = createFetcher({
    publicUrl: 'https://desk.example.org',
    connectTo: site.connectTo,
    lookup: async () => [],
  })
  extractor = createExtractor()
})

afterAll(async () => {
  await extractor.close()
  await fetcher.close()
  await site.close()
  guard.restore()
})

/** One watch run's fetches and comparisons, as `runWatch` makes them. */
const watchRun = (urls: string[]) =>
  fetchAll({
    fetcher,
    requests: urls.map((url) => ({ url })),
    perHostPauseMs: 0,
    handle: (result) => compareFetched({ result, last: null, extract: extractor.extract }),
  })

const inBudget = (budget: Partial<ExtractionBudget>) =>
  createExtractor({ budget: { ...extractionBudget, ...budget } })

describe('a watch run with a hostile document', () => {
  it('fails a page of 200,000 nested divs as too-complex within seconds and checks the other host', async () => {
    const started = performance.now()
    const comparisons = await watchRun([
      'https://a.getsession.org/deep',
      'https://b.getsession.org/faq',
    ])
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(comparisons).toMatchObject([
      {
        status: 'failed',
        code: 'too-complex',
        isTransient: false,
        message: inEnglish('the page nests more than 512 elements'),
      },
      { status: 'new' },
    ])
  })

  it('fails a PDF that inflates to 400 MB as too-complex, in bounded memory, and checks the other host', async () => {
    const { result, growthMb } = await withPeakRssGrowth(() =>
      watchRun(['https://a.getsession.org/bomb.pdf', 'https://b.getsession.org/faq']),
    )
    expect(result).toMatchObject([
      {
        status: 'failed',
        code: 'too-complex',
        message: inEnglish('extraction inflated more than 128 MB'),
      },
      { status: 'new' },
    ])
    expect(growthMb).toBeLessThan(400)
  })
})

describe('the extractor', () => {
  it('stops a document not extracted within the time budget, then extracts the next', async () => {
    const impatient = inBudget({ timeoutMs: 300, maxBufferBytes: Number.MAX_SAFE_INTEGER })
    const started = performance.now()
    const slow = await impatient.extract({ body: bomb, contentType: 'application/pdf' })
    const elapsed = performance.now() - started
    const next = await impatient.extract({
      body: Buffer.from('<p>next</p>'),
      contentType: 'text/html',
    })
    await impatient.close()
    expect(slow).toMatchObject({
      outcome: 'failed',
      code: 'too-complex',
      message: inEnglish('extraction took longer than 0.3 s'),
    })
    expect(elapsed).toBeLessThan(5_000)
    expect(next).toMatchObject({ outcome: 'ok', text: 'next' })
  })

  it('stops a page that needs more than the heap budget', async () => {
    const frugal = inBudget({ maxHeapMb: 64 })
    const extraction = await frugal.extract({
      body: Buffer.from(flatPage),
      contentType: 'text/html',
    })
    await frugal.close()
    expect(extraction).toMatchObject({
      outcome: 'failed',
      code: 'too-complex',
      message: inEnglish('extraction needed more than 64 MB of memory'),
    })
  })

  it('extracts what extractText extracts', async () => {
    const markup = vendorFaqHtml()
    expect(
      await extractor.extract({ body: Buffer.from(markup), contentType: 'text/html' }),
    ).toEqual(await html(markup))
  })
})

describe('extractText within its caps', () => {
  it('extracts a page nested 500 elements deep', async () => {
    expect(await html(nestedPage(500))).toMatchObject({ outcome: 'ok', text: 'deep text' })
  })

  it.each([600, 20_000])('refuses a page nested %i elements deep', async (depth) => {
    expect(await html(nestedPage(depth))).toMatchObject({
      outcome: 'failed',
      code: 'too-complex',
      message: inEnglish('the page nests more than 512 elements'),
    })
  })

  it('refuses a PDF of more than 1,000 pages before reading one', async () => {
    const manyPages = hostilePdf({ deflated: await deflatedSpaces(0), pages: 1_001 })
    expect(await extractText({ body: manyPages, contentType: 'application/pdf' })).toMatchObject({
      outcome: 'failed',
      code: 'too-complex',
      message: inEnglish('the PDF has 1001 pages, more than 1000'),
    })
  })
})
