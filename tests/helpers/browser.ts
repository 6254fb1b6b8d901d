import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { expect } from 'vitest'

import { testPassword } from './users'

/** Screenshots of browser tests land here (the closing notes cite them). */
export const screenshotDir = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'test-results',
  'screenshots',
)

/**
 * Debian's Chromium, headless, without the background traffic this machine's
 * closed network refuses. playwright-core never downloads a browser.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })

/** Logs in through the admin's own login form. */
export const loginThroughAdmin = async ({
  page,
  baseUrl,
  email,
  password,
}: {
  page: Page
  baseUrl: string
  email: string
  password: string
}): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}

export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** The confirmations each page asked (and that were accepted), for tests that read them. */
export const dialogMessages = new WeakMap<Page, string[]>()

/** A fresh browser context (German by default, Berlin time), logged in as `email`. */
export const openAdminAs = async ({
  browser,
  baseUrl,
  email,
  locale = 'de-DE',
}: {
  browser: Browser
  baseUrl: string
  email: string
  locale?: string
}): Promise<Page> => {
  const context = await browser.newContext({
    locale,
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1440, height: 1000 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  // The review box asks before approving with open warnings: the person says yes.
  page.on('dialog', (dialog) => {
    dialogMessages.set(page, [...(dialogMessages.get(page) ?? []), dialog.message()])
    void dialog.accept()
  })
  await loginThroughAdmin({ page, baseUrl, email, password: testPassword })
  return page
}

/**
 * Chooses the provider list's filter `filter` (one of the links above the table,
 * `src/admin/ProviderListFilters.tsx`) and waits until the list shows it: the link is the
 * current one and the address holds its `where`. A click while Next hydrates the page can
 * be lost, so it clicks again every few seconds until then.
 */
export const chooseListFilter = async ({
  page,
  filter,
  timeout = 60_000,
}: {
  page: Page
  filter: string
  timeout?: number
}): Promise<void> => {
  const link = page.locator(`[data-filter="${filter}"]`)
  const current = page.locator(`[data-filter="${filter}"][aria-current="true"]`)
  const deadline = Date.now() + timeout
  while ((await current.count()) === 0 || !page.url().includes('where')) {
    if (Date.now() > deadline) {
      throw new Error(`the list filter "${filter}" did not apply within ${timeout} ms`)
    }
    await link.click()
    await current.waitFor({ timeout: 5_000 }).catch(() => undefined)
  }
}

/**
 * Waits until `target` is in the DOM of the form's tab `tab`. A click on a tab can be
 * lost (before hydration) or undone (a re-render of the form), and Payload renders a
 * group's fields only once they come near the viewport: so each round reopens the tab
 * if it is not the active one and scrolls the page a step further.
 */
export const revealInTab = async ({
  page,
  tab,
  target,
  timeout = 60_000,
}: {
  page: Page
  tab: string
  target: Locator
  timeout?: number
}): Promise<void> => {
  const button = page.locator('.tabs-field__tab-button', { hasText: tab }).first()
  const deadline = Date.now() + timeout
  while ((await target.count()) === 0) {
    if (Date.now() > deadline) {
      throw new Error(`${String(target)} did not appear in the tab "${tab}" within ${timeout} ms`)
    }
    const active = (await button.getAttribute('class'))?.includes('tabs-field__tab-button--active')
    if (!active) await button.click()
    await page.mouse.move(900, 600)
    await page.mouse.wheel(0, 500)
    await page.waitForTimeout(200)
  }
}

/** Words that must not appear on a German screen: English leftovers and Payload's raw texts. */
export const englishLeftovers = [
  'Untitled',
  'Ohne Titel',
  'Draft',
  'Published',
  'Approved',
  'Changes requested',
  'Submit for review',
  'Document locked',
  'Dokument gesperrt',
  '<Kein',
  'Datasheet 01',
  'Legal Link',
]

/**
 * What a person reads on the page: no id, no raw ISO date, no English leftover (and none
 * of `alsoNot`), no lock dialog.
 */
export const expectReadable = async (page: Page, alsoNot: readonly string[] = []) => {
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/)
  for (const word of [...englishLeftovers, ...alsoNot]) expect(text, word).not.toContain(word)
  await expect(page.locator('.document-locked, [class*="locked-modal"]').count()).resolves.toBe(0)
}
