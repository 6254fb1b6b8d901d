import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import type { TlsSite } from '../helpers/tlsSite'
import { chooseListFilter, launchBrowser, openAdminAs, screenshot } from '../helpers/browser'
import { runCli } from '../helpers/cli'
import { sessionProviderData } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { page as htmlPage, startTlsSite } from '../helpers/tlsSite'
import { createUsers } from '../helpers/users'
import { faqLines, vendorFaqHtml } from '../helpers/vendorPage'
import { unreachableAfter } from '../../src/watch/watchFindings'

/**
 * A vendor's FAQ changes after a profile was approved: the CLI's watch run (the same
 * code as the daily job) against a real HTTPS stand-in of the vendor's site, and then
 * the reviewer in a German Chromium sees "Quelle geändert" in the list, filters for it,
 * reads the diff in the profile's findings panel and in the source's history.
 */

const editor = 'edda@example.test'
const reviewer = 'rita@example.test'
const faqUrl = 'https://getsession.org/faq'
const newLine = 'Session speichert jetzt IP-Adressen für 30 Tage.'
const slow = { timeout: 60_000 }

const routes: Parameters<typeof startTlsSite>[0]['routes'] = {}
let site: TlsSite
let server: RunningServer
let browser: Browser
let clients: Record<string, RestClient>
let providerId: string
let watchEnv: Record<string, string>

const openAs = (email: string): Promise<Page> =>
  openAdminAs({ browser, baseUrl: server.url, email })

beforeAll(async () => {
  routes['/faq'] = htmlPage(vendorFaqHtml())
  site = await startTlsSite({ routes })
  const connectTo = site.connectTo
    .map((rule) => `${rule.fromHost}:${rule.fromPort}:${rule.toAddress}:${rule.toPort}`)
    .join(',')
  server = await startServer({
    name: 'source-watch-e2e',
    env: { SOURCE_WATCH_CONNECT_TO: connectTo, SOURCE_WATCH_PAUSE_MS: '0' },
  })
  watchEnv = {
    ...server.testEnv.vars,
    SOURCE_WATCH_CONNECT_TO: connectTo,
    SOURCE_WATCH_PAUSE_MS: '0',
  }
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: editor, roles: ['editor'] },
      { email: reviewer, roles: ['reviewer'] },
    ],
  })
  const editing = clients[editor]!
  const created = await editing.request(
    'POST',
    '/api/providers',
    sessionProviderData({ citations: [{ url: faqUrl, title: 'Session FAQ', kind: 'faq' }] }),
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  providerId = created.body.doc.id
  await editing.request('PATCH', `/api/providers/${providerId}`, { reviewState: 'in_review' })
  const draft = await editing.request('GET', `/api/providers/${providerId}?draft=true`)
  const approved = await clients[reviewer]!.request('PATCH', `/api/providers/${providerId}`, {
    reviewState: 'approved',
    approvedRevision: draft.body.updatedAt,
  })
  expect(approved.status, JSON.stringify(approved.body)).toBe(200)

  const baseline = await runCli({ args: ['watch', '--json'], env: watchEnv })
  expect(baseline.code, baseline.stderr).toBe(0)
  expect(baseline.json.new).toBe(1)
  routes['/faq'] = htmlPage(
    vendorFaqHtml({ lines: faqLines.map((line, index) => (index === 2 ? newLine : line)) }),
  )
  const changed = await runCli({ args: ['watch', '--json'], env: watchEnv })
  expect(changed.code, changed.stderr).toBe(1)
  expect(changed.json.changed).toBe(1)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await site?.close()
})

describe('a changed vendor page in the admin', () => {
  it('shows "Quelle geändert" in the list and filters for it', async () => {
    const page = await openAs(reviewer)
    await page.goto(`${server.url}/admin/collections/providers`)
    const cell = page.locator('[data-source-changed="true"]')
    await cell.first().waitFor(slow)
    expect(await cell.first().textContent()).toBe('Quelle geändert')
    await chooseListFilter({ page, filter: 'source-changed' })
    await page.locator('[data-source-changed="true"]').first().waitFor(slow)
    expect(await page.locator('tbody tr').count()).toBe(1)
    await screenshot(page, 'source-watch-list')
  })

  it('shows the diff since the approval in the findings panel', async () => {
    const page = await openAs(reviewer)
    await page.goto(`${server.url}/admin/collections/providers/${providerId}`)
    const finding = page.locator('[data-finding="source.changed"]')
    await finding.waitFor(slow)
    expect(await finding.locator('strong').textContent()).toBe('Quelle geändert')
    const added = finding.locator('[data-diff="added"]')
    expect(await added.allTextContents()).toEqual([`+ ${newLine}`])
    expect(await finding.locator('[data-diff="removed"]').count()).toBe(1)
    await screenshot(page, 'source-watch-findings')
  })

  it('keeps the history of the source, with the diff between snapshots', async () => {
    const snapshots = await clients[reviewer]!.request(
      'GET',
      '/api/snapshots?sort=-fetchedAt&limit=1&depth=0',
    )
    expect(snapshots.body.totalDocs).toBe(2)
    const page = await openAs(reviewer)
    await page.goto(`${server.url}/admin/collections/snapshots/${snapshots.body.docs[0].id}`)
    const diff = page.locator('.snapshot-diff')
    await diff.waitFor(slow)
    expect(await diff.locator('[data-diff="added"]').allTextContents()).toEqual([`+ ${newLine}`])
    await screenshot(page, 'source-watch-snapshot')
  })

  it("shows the source's watch settings in German, the language asked for among them", async () => {
    const sources = await clients[reviewer]!.request(
      'GET',
      `/api/sources?where[url][equals]=${encodeURIComponent(faqUrl)}&depth=0`,
    )
    const page = await openAs(reviewer)
    await page.goto(`${server.url}/admin/collections/sources/${sources.body.docs[0].id}`)
    const label = page.getByText('Erbetene Sprache', { exact: true })
    await label.waitFor(slow)
    expect(await page.getByText('Leer: Deutsch zuerst, dann Englisch.').count()).toBe(1)
    await screenshot(page, 'source-watch-source')
  })

  it("names why a source cannot be reached in the reader's language: the finding and the source", async () => {
    routes['/faq'] = (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<p>weg</p>')
    }
    for (let run = 0; run < unreachableAfter; run += 1) {
      const failing = await runCli({ args: ['watch', '--json'], env: watchEnv })
      expect(failing.code, failing.stderr).toBe(1)
      expect(failing.json.failed).toBe(1)
    }
    const reason = 'der Server antwortet mit HTTP 404'

    const page = await openAs(reviewer)
    await page.goto(`${server.url}/admin/collections/providers/${providerId}`)
    const finding = page.locator('[data-finding="source.unreachable"]')
    await finding.waitFor(slow)
    expect(await finding.locator('strong').textContent()).toBe('Quelle nicht erreichbar')
    expect(await finding.textContent()).toContain(reason)
    await finding.scrollIntoViewIfNeeded()
    await screenshot(page, 'source-watch-unreachable-finding')

    const sources = await clients[reviewer]!.request(
      'GET',
      `/api/sources?where[url][equals]=${encodeURIComponent(faqUrl)}&depth=0`,
    )
    await page.goto(`${server.url}/admin/collections/sources/${sources.body.docs[0].id}`)
    const grund = page.getByLabel('Grund', { exact: true })
    await grund.waitFor(slow)
    expect(await grund.inputValue()).toBe(reason)
    await screenshot(page, 'source-watch-unreachable-source')
  })
})
