import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approvePagesInProcess } from '../helpers/approvePages'
import { launchBrowser, openAdminAs, screenshot } from '../helpers/browser'
import { runCli } from '../helpers/cli'
import { fixturePage, fixturePagesDir } from '../helpers/providerPages'
import { makeSite, olderSessionPage, sessionPagePath } from '../helpers/sitePages'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * The "Veröffentlichen" view in Debian's Chromium: the site holds an older Session page,
 * the database the current (published) one. A publisher sees the diff, confirms, and sees
 * the result and the run in the history; an editor sees only that the view is not theirs.
 */

const publisher = 'paula@example.test'
const editor = 'edda@example.test'
const slow = { timeout: 60_000 }

let server: RunningServer
let browser: Browser
let siteDir: string

const openAs = (email: string): Promise<Page> =>
  openAdminAs({ browser, baseUrl: server.url, email })

beforeAll(async () => {
  siteDir = makeSite({ files: { [sessionPagePath]: olderSessionPage() } })
  server = await startServer({ name: 'publish-e2e', env: { SITE_DIR: siteDir } })
  await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: publisher, roles: ['publisher'], name: 'Paula Publisher' },
      { email: editor, roles: ['editor'] },
    ],
  })
  const imported = await runCli({
    args: ['import', path.join(fixturePagesDir, 'session.md'), '--json'],
    env: server.testEnv.vars,
  })
  expect(imported.code).toBe(0)
  // An import is no approval: the page is approved as test setup, so the site gets it.
  await approvePagesInProcess({ env: server.testEnv.vars })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (siteDir) rmSync(siteDir, { recursive: true, force: true })
})

describe('the "Veröffentlichen" view', () => {
  it('shows a publisher the change, exports on confirmation and shows the result', async () => {
    const page = await openAs(publisher)
    // The nav may be collapsed (inert) at first; its link is there, the test follows it.
    const link = page.locator('#nav-veroeffentlichen')
    await expect(link.getAttribute('href')).resolves.toBe('/admin/veroeffentlichen')
    await page.goto(`${server.url}/admin/veroeffentlichen`)
    await page.getByTestId('export-preview').waitFor(slow)
    await expect(page.getByRole('heading', { name: 'Veröffentlichen' }).isVisible()).resolves.toBe(
      true,
    )
    const diff = page.getByTestId('export-diff')
    await expect(
      diff.locator('[data-diff-line="del"]', { hasText: '2025-06-01' }).count(),
    ).resolves.toBe(1)
    await expect(
      diff.locator('[data-diff-line="add"]', { hasText: '2026-01-21' }).count(),
    ).resolves.toBe(1)
    await screenshot(page, 'publish-preview')

    await page.getByRole('button', { name: 'Jetzt exportieren' }).click()
    const result = page.locator('[data-testid="export-result"][data-status="succeeded"]')
    await result.waitFor(slow)
    await expect(page.getByTestId('export-written').textContent()).resolves.toBe(sessionPagePath)
    await page.getByTestId('export-up-to-date').waitFor(slow)
    await expect(page.getByTestId('export-history').locator('tbody tr').count()).resolves.toBe(1)
    await expect(page.getByTestId('export-history').textContent()).resolves.toContain(
      'Paula Publisher',
    )
    await screenshot(page, 'publish-result')
    expect(readFileSync(path.join(siteDir, sessionPagePath), 'utf8')).toBe(
      fixturePage('session.md'),
    )
  })

  it('tells an editor the view is for publishers and admins only, with no nav link', async () => {
    const page = await openAs(editor)
    await expect(page.locator('#nav-veroeffentlichen').count()).resolves.toBe(0)
    await page.goto(`${server.url}/admin/veroeffentlichen`)
    await page.getByTestId('publish-not-allowed').waitFor(slow)
    await expect(page.getByTestId('publish-not-allowed').textContent()).resolves.toContain(
      'nur für Veröffentlichung/Admin',
    )
    await expect(page.getByTestId('publish-panel').count()).resolves.toBe(0)
    await screenshot(page, 'publish-not-allowed')
  })
})
