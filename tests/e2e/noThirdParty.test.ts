import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../helpers/startServer'
import { launchBrowser, loginThroughAdmin, revealInTab, screenshot } from '../helpers/browser'
import { startServer } from '../helpers/startServer'
import { createUsers, testPassword } from '../helpers/users'

/**
 * A privacy guide's tool sends nothing about its people to a third party: every
 * request of an admin session (login, dashboard, lists, a profile, the account, the
 * publish view) goes to the server's own origin. No Gravatar, no fonts, no CDN (not even
 * for the JSON fields' editor, which Payload loads from one).
 */

let server: RunningServer
let browser: Browser
let sessionId: string

beforeAll(async () => {
  server = await startServer({ name: 'no-third-party-e2e', env: { SEED_DEMO: 'true' } })
  const clients = await createUsers({ baseUrl: server.url, env: server.testEnv.vars, users: [] })
  const session = await clients['admin@example.test']!.request(
    'GET',
    '/api/providers?where[slug][equals]=session&draft=true',
  )
  sessionId = session.body.docs[0].id
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('an admin session', () => {
  it('sends no request to any origin but the server', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const requested: string[] = []
    context.on('request', (request) => requested.push(request.url()))
    const page = await context.newPage()
    // A request the CSP blocks is never made: the browser says so on the console instead.
    const refusedByPolicy: string[] = []
    page.on('console', (entry) => {
      if (/Content Security Policy/i.test(entry.text())) refusedByPolicy.push(entry.text())
    })
    page.setDefaultTimeout(60_000)
    await loginThroughAdmin({
      page,
      baseUrl: server.url,
      email: 'admin@example.test',
      password: testPassword,
    })
    for (const path of [
      '/admin',
      '/admin/collections/providers',
      '/admin/collections/users',
      '/admin/account',
      '/admin/veroeffentlichen',
      `/admin/collections/providers/${sessionId}`,
    ]) {
      await page.goto(`${server.url}${path}`)
      await page.waitForLoadState('networkidle')
    }
    // The JSON fields (here the importer's page parts) read as indented text.
    const pageParts = page.locator('.json-view').filter({ hasText: 'Unbekannte Seitenteile' })
    await revealInTab({ page, tab: 'Seite', target: pageParts })
    await pageParts.scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    expect(await pageParts.locator('pre').textContent()).toMatch(/\S/)
    await screenshot(page, 'json-view-page-parts')
    await context.close()

    const origin = new URL(server.url).origin
    const elsewhere = requested.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
    )
    expect(requested.length).toBeGreaterThan(20)
    expect(elsewhere).toEqual([])
    expect(refusedByPolicy).toEqual([])
  })
})
