import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { launchBrowser, openAdminAs, revealInTab, screenshot } from '../helpers/browser'
import { runCli } from '../helpers/cli'
import { generatedPage } from '../helpers/providerPages'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * The facts tab in Debian's Chromium (de-DE): grouped as the page is, each fact saying
 * where it appears, closed sets as selects with German labels, and a page's value outside
 * a set kept and shown until the editor picks an option.
 */

const editor = 'edda@example.test'
const slow = { timeout: 60_000 }

let server: RunningServer
let browser: Browser
let client: RestClient
let providerId: string

beforeAll(async () => {
  server = await startServer({ name: 'facts-form-e2e' })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [{ email: editor, roles: ['editor'] }],
  })
  client = clients[editor]!
  const file = path.join(server.testEnv.dir, 'ypsilon.md')
  writeFileSync(
    file,
    generatedPage({ slug: 'ypsilon', name: 'Ypsilon', status: 'review' })
      .replace('free_tier: "yes"', 'free_tier: "ja"')
      .replace('| Free Tier | yes |', '| Free Tier | ja |'),
  )
  const imported = await runCli({ args: ['import', file, '--json'], env: server.testEnv.vars })
  expect(imported.json.imported).toBe(1)
  const found = await client.request('GET', '/api/providers?where[slug][equals]=ypsilon&draft=true')
  providerId = found.body.docs[0].id
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const openFacts = async (): Promise<Page> => {
  const page = await openAdminAs({ browser, baseUrl: server.url, email: editor })
  await page.goto(`${server.url}/admin/collections/providers/${providerId}`)
  // The review panel is a client component: once it shows, the form has hydrated.
  await page.locator('.review-actions').waitFor(slow)
  return page
}

describe('the facts tab', () => {
  it('groups the facts as the page shows them and says where each appears', async () => {
    const page = await openFacts()
    for (const group of [
      'Datenblatt (Tabelle)',
      'Rechtliches (Anbieterlinks)',
      'Daten-Notizen (kurz)',
      'Nur im Frontmatter',
    ]) {
      await revealInTab({
        page,
        tab: 'Steckbrief',
        target: page.getByText(group, { exact: true }),
      })
    }
    const hint = page.getByText('Datenblatt, Zeile „Free Tier“ (Frontmatter „free_tier“)')
    await revealInTab({ page, tab: 'Steckbrief', target: hint })
    await expect(hint.count()).resolves.toBe(1)
    await page.context().close()
  })

  it('shows the kept page value and replaces it with the option the editor picks', async () => {
    const page = await openFacts()
    const kept = page.locator('#field-keptFactValues__free_tier')
    await revealInTab({ page, tab: 'Steckbrief', target: kept })
    await revealInTab({
      page,
      tab: 'Steckbrief',
      target: page.locator('#field-free_tier .rs__control'),
    })
    await expect(kept.inputValue()).resolves.toBe('ja')
    await screenshot(page, 'facts-kept-value')
    await page.locator('#field-free_tier .rs__control').click()
    const options = page.locator('.rs__option')
    await expect(options.allInnerTexts()).resolves.toEqual(['ja', 'nein', 'teilweise'])
    await options.filter({ hasText: /^ja$/ }).click()
    await page.locator('#action-save-draft').click()
    await expect
      .poll(
        async () =>
          (await client.request('GET', `/api/providers/${providerId}?draft=true`)).body.free_tier,
        slow,
      )
      .toBe('yes')
    const stored = await client.request('GET', `/api/providers/${providerId}?draft=true`)
    expect(stored.body.keptFactValues.free_tier).toBeNull()
    await page.context().close()
  })
})
