import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, loginThroughAdmin, screenshot } from '../helpers/browser'
import type { TestSmtp } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * "Passwort vergessen" end to end in de-DE Chromium: the admin's form, the mail through
 * the outbox (a real SMTP server), the link, a new password under the policy, the login.
 */

let server: RunningServer
let smtp: TestSmtp
let browser: Browser

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    name: 'password-reset-e2e',
    env: { SMTP_URL: smtp.url, PROVIDER_DESK_ROLE: 'server' },
  })
  await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [{ email: 'rosa@example.test', name: 'Rosa Reset', roles: ['reviewer'] }],
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const resetLink = async (timeoutMs = 45_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mail = smtp.messages.find((message) => message.to.includes('rosa@example.test'))
    const link = mail?.text.match(/https?:\/\/\S+\/admin\/reset\/[0-9a-f]+/)?.[0]
    if (link) return link
    if (Date.now() > deadline) throw new Error(`no reset mail:\n${server.log().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe('a forgotten password', () => {
  it('is reset through the mailed link, and the new password logs in', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${server.url}/admin/forgot`)
    await page.locator('input[name="email"]').fill('rosa@example.test')
    await page.locator('button[type="submit"]').click()
    await page
      .getByText(/E-Mail/)
      .first()
      .waitFor()
    await screenshot(page, 'password-forgot-sent')

    const link = await resetLink()
    await page.goto(link)
    await page.locator('input[name="password"]').fill('zu-kurz-11z')
    await page.locator('input[name="confirm-password"]').fill('zu-kurz-11z')
    // The form checks its fields on the server as they are typed: submit once that settled.
    await page.waitForLoadState('networkidle')
    await page.locator('button[type="submit"]').click()
    await page.getByText('mindestens 12 Zeichen').first().waitFor()
    await screenshot(page, 'password-reset-too-short')

    await page.locator('input[name="password"]').fill('ein neuer langer Satz')
    await page.locator('input[name="confirm-password"]').fill('ein neuer langer Satz')
    await page.waitForLoadState('networkidle')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/reset/'))
    await context.clearCookies()
    await loginThroughAdmin({
      page,
      baseUrl: server.url,
      email: 'rosa@example.test',
      password: 'ein neuer langer Satz',
    })
    expect(new URL(page.url()).pathname).toBe('/admin')
    await context.close()
  })
})
