/**
 * A watch run over a real database in which a vendor serves hostile documents: a page of
 * 200,000 nested divs and a PDF that inflates to 400 MB are `failed` (`too-complex`)
 * within seconds and in bounded memory, while the other host of the run is checked.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WatchReport } from '../../src/watch/runWatch'
import type { TlsSite } from '../helpers/tlsSite'
import { createFetcher } from '../../src/watch/fetcher'
import { runWatch } from '../../src/watch/runWatch'
import { inEnglish } from '../helpers/inEnglish'
import { guardDials } from '../helpers/dialGuard'
import { deflatedSpaces, hostilePdf } from '../helpers/hostilePdf'
import { sessionProviderData } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import type { TestEnv } from '../helpers/testEnv'
import { page, startTlsSite } from '../helpers/tlsSite'
import { createLocalUser } from '../helpers/users'
import { vendorFaqHtml } from '../helpers/vendorPage'

const deepUrl = 'https://getsession.org/deep'
const faqUrl = 'https://session.foundation/faq'
const blogUrl = 'https://getsession.org/blog/audit'
const bombUrl = 'https://other.example/audit-report.pdf'

let site: TlsSite
let payload: Payload
let testEnv: TestEnv
let dials: ReturnType<typeof guardDials>

beforeAll(async () => {
  dials = guardDials()
  const nested = 200_000
  site = await startTlsSite({
    routes: {
      '/deep': page(`<html><body>${'<div>'.repeat(nested)}deep${'</div>'.repeat(nested)}</body>`),
      'session.foundation/faq': page(vendorFaqHtml()),
      '/blog/audit': page(`<main><p>Read the <a href="${bombUrl}">audit</a>.</p></main>`),
      'other.example/audit-report.pdf': page(
        hostilePdf({ deflated: await deflatedSpaces(400) }),
        'application/pdf',
      ),
    },
  })
  ;({ payload, testEnv } = await openTestPayload('source-watch-budget'))
  const editor = await createLocalUser({ payload, email: 'editor@example.test', roles: ['editor'] })
  await payload.create({
    collection: 'providers',
    data: {
      ...sessionProviderData(),
      citations: [
        { url: deepUrl, title: 'FAQ', kind: 'faq' },
        { url: faqUrl, title: 'FAQ der Stiftung', kind: 'faq' },
        { url: bombUrl, title: 'Audit (PDF)', kind: 'audit-report', linkedFrom: blogUrl },
      ],
    } as never,
    user: editor,
    overrideAccess: false,
  })
}, 180_000)

afterAll(async () => {
  dials?.restore()
  await site?.close()
  if (payload) await closeTestPayload({ payload, testEnv })
})

describe('a watch run with hostile documents', () => {
  it('fails the deep page and the PDF bomb as too-complex within seconds and checks the rest', async () => {
    const rssBefore = process.memoryUsage.rss()
    let rssPeak = rssBefore
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 10)
    const started = performance.now()
    const report: WatchReport = await runWatch({
      payload,
      fetcher: createFetcher({ publicUrl: 'https://desk.example.test', connectTo: site.connectTo }),
      perHostPauseMs: 0,
    })
    const elapsed = performance.now() - started
    clearInterval(sampler)
    expect(report.sources.map(({ url, status, reason }) => ({ url, status, reason }))).toEqual([
      { url: blogUrl, status: 'new', reason: undefined },
      {
        url: deepUrl,
        status: 'failed',
        reason: inEnglish('the page nests more than 512 elements'),
      },
      { url: bombUrl, status: 'failed', reason: inEnglish('extraction inflated more than 128 MB') },
      { url: faqUrl, status: 'new', reason: undefined },
    ])
    expect(elapsed).toBeLessThan(15_000)
    expect((rssPeak - rssBefore) / 2 ** 20).toBeLessThan(400)
  })
})
