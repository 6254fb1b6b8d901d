import { de as payloadDe } from '@payloadcms/translations/languages/de'
import { en as payloadEn } from '@payloadcms/translations/languages/en'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ReadFinding } from '../../src/findings/finding'
import type { Language, Message } from '../../src/i18n/messages'
import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { adminTexts } from '../../src/i18n/admin/adminTexts'
import { catalogues, render } from '../../src/i18n/messages'
import { judgeSource } from '../../src/sources/judge'
import { vendorDomainsOf } from '../../src/sources/vendors'
import { launchBrowser, openAdminAs, revealInTab, screenshot } from '../helpers/browser'
import { reviewSiteUrl, sessionProviderData } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * Issue 16 in Chromium: a German editor and reviewer (de-DE) and an English pair
 * (en-US) each walk a provider through the admin: create it, add citations (one a
 * review site, refused; one over http, a warning finding), submit, request changes,
 * resubmit, approve. At every step the page shows the messages in the user's language
 * and no text of the other language's catalogue, rendered with the same parameters.
 */

const slow = { timeout: 60_000 }
const other = (language: Language): Language => (language === 'de' ? 'en' : 'de')

const walks = [
  { language: 'de', locale: 'de-DE', editor: 'edda@example.test', reviewer: 'rita@example.test' },
  { language: 'en', locale: 'en-US', editor: 'eric@example.test', reviewer: 'rosa@example.test' },
] as const

let server: RunningServer
let browser: Browser
let clients: Record<string, RestClient>

/** Every string of the admin texts (nested too), without the functions. */
const plainStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(plainStrings)
      : []

/** Payload's own words around our refusals ("The following field is invalid:"). */
const payloadRefusalTexts = (language: Language): string[] => {
  const { error } = (language === 'de' ? payloadDe : payloadEn).translations
  return [error.followingFieldsInvalid_one, error.followingFieldsInvalid_other]
}

/**
 * What must not appear on a page in `language`: the other language's texts of the
 * admin panels, its finding labels and parameterless messages, its rendering of
 * every message this walk can show (`shown`), and Payload's words around a refusal. Short words and texts that read alike
 * in both languages are left out: they would match inside other words.
 */
const foreignTexts = (language: Language, shown: readonly Message[]): string[] => {
  const foreign = other(language)
  const own = new Set(plainStrings(adminTexts(language)))
  const parameterless = Object.entries(catalogues[foreign])
    .filter(([, textOf]) => textOf.length === 0)
    .map(([, textOf]) => (textOf as () => string)())
  return [
    ...plainStrings(adminTexts(foreign)),
    ...parameterless,
    ...shown.map((message) => render(foreign, message)),
    ...payloadRefusalTexts(foreign),
  ].filter((text) => text.length >= 12 && !own.has(text))
}

const pageText = (page: Page): Promise<string> => page.locator('body').innerText()

/** The findings the user's findings panel shows, as the server words them for them. */
const findingsOf = async (client: RestClient, id: string): Promise<ReadFinding[]> =>
  (await client.request('GET', `/api/providers/${id}/findings`)).body.findings

const expectNoForeignText = async ({
  page,
  language,
  shown,
  step,
}: {
  page: Page
  language: Language
  shown: readonly Message[]
  step: string
}) => {
  const text = await pageText(page)
  const found = foreignTexts(language, shown).filter((foreign) => text.includes(foreign))
  await screenshot(page, `language-${language}-${step}`)
  expect(found, `${step}: texts of the other language on the page`).toEqual([])
}

beforeAll(async () => {
  server = await startServer({ name: 'language-e2e' })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', roles: ['editor'] },
      { email: 'rita@example.test', roles: ['reviewer'] },
      { email: 'eric@example.test', roles: ['editor'], language: 'en' },
      { email: 'rosa@example.test', roles: ['reviewer'], language: 'en' },
    ],
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe.each(walks)('the admin in $locale', ({ language, locale, editor, reviewer }) => {
  const texts = adminTexts(language)
  const provider = sessionProviderData({
    name: `Sprachtest ${language}`,
    slug: `sprachtest-${language}`,
  })
  // The admin form below fills the website only: its host is the one vendor domain.
  const vendors = vendorDomainsOf({ website: provider.website })
  // What the source rule says about the review site, and the http citation's warning.
  const refusal = judgeSource({ url: reviewSiteUrl, vendors }).reason
  const insecure = judgeSource({ url: 'http://getsession.org/blog', vendors }).findings[0]!
  let id: string
  let shown: Message[] = [refusal, insecure]

  const open = (email: string) => openAdminAs({ browser, baseUrl: server.url, email, locale })
  const openProvider = async (page: Page) => {
    await page.goto(`${server.url}/admin/collections/providers/${id}`)
    await page.locator('.review-actions').waitFor(slow)
  }
  const noForeignText = async (page: Page, step: string) => {
    shown = [...shown, ...(await findingsOf(clients[editor]!, id))]
    await expectNoForeignText({ page, language, shown, step })
  }

  it('creates a provider in the admin', async () => {
    const page = await open(editor)
    await page.goto(`${server.url}/admin/collections/providers/create`)
    await page.locator('#field-name').fill(provider.name)
    await page.locator('#field-category').fill(provider.category)
    await page.locator('#field-website').fill(provider.website)
    await page.locator('#field-description').fill(provider.description)
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/providers\/(?!create)[^/]+$/, slow)
    id = page.url().split('/').at(-1)!
    await page.locator('.findings-panel h4').waitFor(slow)
    await noForeignText(page, 'created')
    await page.context().close()
  })

  it('keeps a review-site citation as an error in the editor’s language and shows the findings', async () => {
    const page = await open(editor)
    await openProvider(page)
    const add = page.getByRole('button', {
      name: language === 'de' ? /Quelle hinzufügen/ : /Add Source/,
    })
    await revealInTab({ page, tab: language === 'de' ? 'Quellen' : 'Sources', target: add })
    await add.first().click(slow)
    await page.locator('input[name="citations.0.url"]').fill('http://getsession.org/blog')
    await add.first().click(slow)
    await page.locator('input[name="citations.1.url"]').fill(reviewSiteUrl)
    await page.locator('textarea[name="citations.1.title"]').fill('Testbericht')
    await page.locator('textarea[name="citations.1.title"]').press('Tab')
    // The form state takes the typed values in a round trip of its own before the save.
    await page.waitForTimeout(1_500)
    await page.locator('#action-save-draft').click()
    // The draft saves with the review site (nothing is lost); its error stays in the findings.
    const rejected = page.locator('.findings-panel [data-finding="source.rejected"]')
    await expect
      .poll(async () => ((await rejected.count()) > 0 ? rejected.first().innerText() : ''), slow)
      .toContain(render(language, refusal))
    await noForeignText(page, 'citation-rejected')
    // Without the review site the error is gone; the http link stays as a warning.
    await page.locator('input[name="citations.1.url"]').fill('https://getsession.org/faq')
    await page.locator('#action-save-draft').click()
    // The saved revision's findings: the panel's item, with its label and message.
    const item = page.locator('.findings-panel [data-finding="source.insecure-http"]')
    await expect
      .poll(async () => ((await item.count()) > 0 ? item.first().innerText() : ''), slow)
      .toContain(render(language, insecure))
    await expect(item.first().innerText()).resolves.toContain(
      texts.findingLabels['source.insecure-http'],
    )
    await noForeignText(page, 'finding-shown')
    await page.context().close()
  })

  it('submits the provider for review', async () => {
    const page = await open(editor)
    await openProvider(page)
    await page.getByRole('button', { name: texts.submit, disabled: false }).click(slow)
    await page.locator('.review-actions', { hasText: texts.stateHint.in_review }).waitFor(slow)
    await noForeignText(page, 'submitted')
    await page.context().close()
  })

  it('lets the reviewer request changes, refusing it first without a comment', async () => {
    const page = await open(reviewer)
    await openProvider(page)
    // The server's refusal, as an API client without the admin's button rules meets it.
    const bare = await clients[reviewer]!.request('PATCH', `/api/providers/${id}`, {
      reviewState: 'changes_requested',
    })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0].message).toBe(
      render(language, { messageCode: 'review.comment-required', params: {} }),
    )
    await page.locator('textarea[name="reviewActionComment"]').fill('Bitte Quellen prüfen.')
    await page.getByRole('button', { name: texts.requestChanges, disabled: false }).click(slow)
    await page
      .locator('.review-actions', { hasText: texts.stateHint.changes_requested })
      .waitFor(slow)
    await noForeignText(page, 'changes-requested')
    await page.context().close()
  })

  it('lets the editor revise and resubmit', async () => {
    const page = await open(editor)
    await openProvider(page)
    await page.locator('#field-description').fill(`${provider.description} Überarbeitet.`)
    await page.locator('#action-save-draft').click()
    await page.getByRole('button', { name: texts.submit, disabled: false }).click(slow)
    await page.locator('.review-actions', { hasText: texts.stateHint.in_review }).waitFor(slow)
    await noForeignText(page, 'resubmitted')
    await page.context().close()
  })

  it('lets the reviewer approve it', async () => {
    const page = await open(reviewer)
    await openProvider(page)
    await page.getByRole('button', { name: texts.approve, exact: true }).click(slow)
    await page.locator('.review-actions', { hasText: texts.stateHint.approved }).waitFor(slow)
    await noForeignText(page, 'approved')
    const published = await clients[editor]!.request('GET', `/api/providers/${id}`)
    expect(published.body).toMatchObject({ _status: 'published', reviewState: 'approved' })
    await page.context().close()
  })
})
