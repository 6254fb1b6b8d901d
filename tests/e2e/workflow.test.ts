import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import {
  chooseListFilter,
  launchBrowser,
  openAdminAs,
  revealInTab,
  screenshot,
} from '../helpers/browser'
import { restClient } from '../helpers/rest'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * The admin UI of the review workflow in Debian's Chromium, on a server seeded with
 * the Session page (last reviewed 2026-01-21, so overdue). The tests run in order on
 * one server: an editor-reviewer edits and submits a fresh provider, cannot approve
 * it, and another reviewer approves it; Session's error findings block its approval.
 */

const editorReviewer = 'berta@example.test'
const reviewerB = 'rita@example.test'
const editor = 'edda@example.test'

/** The first render of an admin page compiles nothing but can still take seconds. */
const slow = { timeout: 60_000 }

let server: RunningServer
let browser: Browser
let sessionId: string
let freshId: string
let inReviewId: string
let clients: Record<string, RestClient>

const today = () => new Date().toISOString().slice(0, 10)

const openAs = (email: string): Promise<Page> =>
  openAdminAs({ browser, baseUrl: server.url, email })

const openProvider = async (page: Page, id: string): Promise<void> => {
  await page.goto(`${server.url}/admin/collections/providers/${id}`)
  await page.locator('.review-actions').waitFor(slow)
}

/** A new provider, opened by the editor on its Quellen tab with one empty citation row added. */
const openWithNewCitation = async (name: string, slug: string) => {
  const created = await clients[editor]!.request(
    'POST',
    '/api/providers',
    sessionProviderData({ name, slug }),
  )
  expect(created.status).toBe(201)
  const id: string = created.body.doc.id
  const page = await openAs(editor)
  await openProvider(page, id)
  const addCitation = page.getByRole('button', { name: /Quelle hinzufügen/ })
  await revealInTab({ page, tab: 'Quellen', target: addCitation })
  await addCitation.first().click(slow)
  return { created, id, page }
}

beforeAll(async () => {
  server = await startServer({ name: 'workflow-e2e', env: { SEED_DEMO: 'true' } })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: editor, roles: ['editor'] },
      { email: 'rolf@example.test', roles: ['reviewer'] },
      { email: reviewerB, roles: ['reviewer'] },
      { email: editorReviewer, roles: ['editor', 'reviewer'] },
    ],
  })
  const editing = clients[editor]!
  const session = await editing.request(
    'GET',
    '/api/providers?where[slug][equals]=session&draft=true',
  )
  sessionId = session.body.docs[0].id
  // Session stays as it was seeded: taken over, never approved, its errors block submitting.
  const toReview = await editing.request(
    'POST',
    '/api/providers',
    sessionProviderData({
      name: 'Session Prüfprofil',
      slug: 'session-pruefprofil',
      citations: [{ url: vendorSourceUrl }],
    }),
  )
  expect(toReview.status).toBe(201)
  inReviewId = toReview.body.doc.id
  const submitted = await editing.request('PATCH', `/api/providers/${inReviewId}`, {
    reviewState: 'in_review',
  })
  expect(submitted.status).toBe(200)
  const created = await editing.request(
    'POST',
    '/api/providers',
    sessionProviderData({
      name: 'Session Testprofil',
      slug: 'session-testprofil',
      citations: [{ url: vendorSourceUrl }],
    }),
  )
  expect(created.status).toBe(201)
  freshId = created.body.doc.id
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the provider admin in the browser', () => {
  it('shows the login page in German', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await expect(page.locator('button[type="submit"]').innerText(slow)).resolves.toContain(
      'Anmelden',
    )
    await context.close()
  })

  it('lists the seeded Session profile as overdue', async () => {
    const page = await openAs('rolf@example.test')
    await page.goto(`${server.url}/admin/collections/providers`)
    const row = page.locator('tbody tr').filter({ has: page.locator('[data-staleness="stale"]') })
    await row.first().waitFor(slow)
    await expect(row.first().innerText()).resolves.toContain('Session')
    await expect(row.first().innerText()).resolves.toMatch(/überfällig \(seit \d+ Tagen\)/)
    await expect(page.locator('thead').innerText()).resolves.toContain('Prüfung fällig')
    await screenshot(page, 'provider-list-overdue')
    await page.context().close()
  })

  it('filters the list to stale profiles', async () => {
    const page = await openAs('rolf@example.test')
    await page.goto(`${server.url}/admin/collections/providers`)
    await chooseListFilter({ page, filter: 'stale' })
    const rows = page.locator('tbody tr')
    await rows.first().waitFor(slow)
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().innerText()).resolves.toContain('überfällig')
    await page.context().close()
  })

  it('filters the list to profiles in review and to the ones I review', async () => {
    const rolf = clients['rolf@example.test']!
    const me = await rolf.request('GET', '/api/users/me')
    const assigned = await clients[editor]!.request('PATCH', `/api/providers/${inReviewId}`, {
      reviewer: me.body.user.id,
    })
    expect(assigned.status).toBe(200)
    const page = await openAs('rolf@example.test')
    for (const filter of ['in-review', 'mine']) {
      await page.goto(`${server.url}/admin/collections/providers`)
      await chooseListFilter({ page, filter })
      const rows = page.locator('tbody tr')
      await rows.first().waitFor(slow)
      await expect(rows.count()).resolves.toBe(1)
      await expect(rows.first().locator('td').nth(1).innerText()).resolves.toBe(
        'Session Prüfprofil',
      )
    }
    await page.context().close()
  })

  it('shows the findings of the Session profile at the top of its edit view', async () => {
    const page = await openAs('rolf@example.test')
    await openProvider(page, sessionId)
    const panel = page.locator('.findings-panel')
    await panel.locator('h4').waitFor(slow)
    const text = await panel.innerText()
    expect(text).toMatch(/Fehler blockier/)
    expect(text).toContain('Profil veraltet')
    expect(text).toMatch(/Prüfung: überfällig/)
    await expect(panel.locator('[data-finding^="source."]').count()).resolves.toBeGreaterThan(0)
    await screenshot(page, 'provider-findings')
    // The version history with diffs is Payload's own view, one tab further.
    await expect(page.getByRole('link', { name: /Versionen/ }).count()).resolves.toBe(1)
    await page.context().close()
  })

  it('shows the markdown preview of the latest draft', async () => {
    const page = await openAs(editor)
    await openProvider(page, sessionId)
    await page.getByRole('button', { name: 'Vorschau' }).click()
    const preview = page.locator('[data-testid="markdown-preview"]')
    await preview.waitFor(slow)
    await expect(preview.innerText()).resolves.toContain('## Quellen')
    await page.context().close()
  })

  it('lets an editor edit and submit a provider for review', async () => {
    const page = await openAs(editorReviewer)
    await openProvider(page, freshId)
    await page
      .locator('#field-description')
      .fill('Messenger ohne Telefonnummer, geprüft im Browser.')
    await page.locator('#action-save-draft').click()
    // Enabled once the draft is saved (the buttons wait while the form has unsaved changes).
    const submit = page.getByRole('button', { name: 'Zur Prüfung einreichen', disabled: false })
    await submit.click(slow)
    await page.locator('.review-actions', { hasText: 'Im Review:' }).waitFor(slow)
    const stored = await clients[editor]!.request('GET', `/api/providers/${freshId}?draft=true`)
    expect(stored.body.reviewState).toBe('in_review')
    expect(stored.body.description).toContain('geprüft im Browser')
    await page.context().close()
  })

  it('refuses the editor-reviewer approving their own edit (four eyes)', async () => {
    const page = await openAs(editorReviewer)
    await openProvider(page, freshId)
    const approve = page.getByRole('button', { name: 'Freigeben', exact: true })
    await approve.waitFor(slow)
    await expect(approve.isDisabled()).resolves.toBe(true)
    await expect(page.locator('.review-actions__four-eyes').innerText()).resolves.toContain(
      'Du hast diese Fassung bearbeitet (Vier-Augen-Prinzip)',
    )
    await screenshot(page, 'provider-four-eyes')
    const draft = await clients[editorReviewer]!.request(
      'GET',
      `/api/providers/${freshId}?draft=true`,
    )
    const refused = await clients[editorReviewer]!.request('PATCH', `/api/providers/${freshId}`, {
      reviewState: 'approved',
      approvedRevision: draft.body.updatedAt,
    })
    expect(refused.status).toBe(403)
    await page.context().close()
  })

  it('says why the seeded Session page is not published, and blocks its submission while it has errors', async () => {
    const page = await openAs(editor)
    await openProvider(page, sessionId)
    const banner = page.locator('.review-actions__taken-over')
    await banner.waitFor(slow)
    await expect(banner.innerText()).resolves.toContain(
      'noch nie von einer zweiten Person freigegeben',
    )
    await expect(page.locator('.review-actions__state').innerText()).resolves.toBe(
      'Übernommen, ungeprüft',
    )
    const submit = page.getByRole('button', { name: 'Zur Prüfung einreichen', exact: true })
    await expect(submit.isDisabled()).resolves.toBe(true)
    await expect(page.locator('.review-actions__blocked').innerText()).resolves.toMatch(
      /\d+ Fehler blockieren Einreichen und Freigabe/,
    )
    await screenshot(page, 'provider-taken-over-blocked')
    await page.context().close()
  })

  it('lets a reviewer request changes with a comment', async () => {
    const page = await openAs(reviewerB)
    await openProvider(page, inReviewId)
    const requestChanges = page.getByRole('button', { name: 'Änderungen anfordern' })
    await expect(requestChanges.isDisabled()).resolves.toBe(true)
    await page.locator('textarea[name="reviewActionComment"]').fill('Quellen reparieren.')
    await page.getByRole('button', { name: 'Änderungen anfordern', disabled: false }).click(slow)
    await page.locator('.review-actions', { hasText: 'Änderungen erbeten:' }).waitFor(slow)
    const stored = await clients[editor]!.request('GET', `/api/providers/${inReviewId}?draft=true`)
    expect(stored.body).toMatchObject({
      reviewState: 'changes_requested',
      reviewComment: 'Quellen reparieren.',
    })
    await page.context().close()
  })

  it('approves as another reviewer: published, review state "Freigegeben", updated today', async () => {
    const page = await openAs(reviewerB)
    await openProvider(page, freshId)
    await page.getByRole('button', { name: 'Freigeben', exact: true }).click(slow)
    await page
      .locator('.review-actions', { hasText: 'Freigegeben und veröffentlicht' })
      .waitFor(slow)
    await expect(page.locator('#field-reviewState').innerText()).resolves.toContain('Freigegeben')
    await screenshot(page, 'provider-approved')
    const published = await restClient(server.url).request('GET', `/api/providers/${freshId}`)
    expect(published.status).toBe(200)
    expect(published.body._status).toBe('published')
    expect(published.body.updated.slice(0, 10)).toBe(today())
    // The review state is a workflow field: staff read it, anonymous readers do not.
    const staffRead = await clients[editor]!.request('GET', `/api/providers/${freshId}`)
    expect(staffRead.body.reviewState).toBe('approved')
    expect(published.body.reviewState).toBeUndefined()
    await page.context().close()
  })

  it("shows a citation's verdict as it is typed and the findings of the unsaved form", async () => {
    const { created, id, page } = await openWithNewCitation('Session Tippen', 'session-tippen')
    const url = page.locator('input[name="citations.0.url"]')
    await url.fill('https://quarkslab.com/blog/session-audit')
    const verdict = page.locator('.citation-verdict')
    await page.locator('.citation-verdict[data-verdict="rejected"]').waitFor(slow)
    await expect(verdict.innerText()).resolves.toMatch(/Abgelehnt.*\n.*quarkslab\.com/s)
    // The findings panel follows the unsaved form once the typing pauses.
    const panel = page.locator('.findings-panel')
    await panel.locator('[data-unsaved]').waitFor(slow)
    await panel
      .locator('[data-finding="source.rejected"]', { hasText: 'quarkslab.com' })
      .waitFor(slow)
    await url.fill('https://getsession.org/faq')
    await page.locator('.citation-verdict[data-verdict="primary"]').waitFor(slow)
    await expect.poll(() => panel.locator('[data-finding="source.rejected"]').count(), slow).toBe(0)
    await screenshot(page, 'provider-citation-as-typed')
    // Nothing was saved on the way.
    const stored = await clients[editor]!.request('GET', `/api/providers/${id}?draft=true`)
    expect(stored.body.citations).toEqual([])
    expect(stored.body.updatedAt).toBe(created.body.doc.updatedAt)
    await page.context().close()
  })

  it('lets an editor add a citation inline, see its verdict, submit it, and a reviewer approve it onto the page', async () => {
    const { id, page } = await openWithNewCitation('Session Quellen', 'session-quellen')
    await page.locator('input[name="citations.0.url"]').fill('https://getsession.org/faq')
    await page.locator('textarea[name="citations.0.title"]').fill('Session FAQ (im Browser)')
    await page.locator('#action-save-draft').click()
    await page.getByRole('button', { name: 'Zur Prüfung einreichen', disabled: false }).click(slow)
    await page.locator('.review-actions', { hasText: 'Im Review:' }).waitFor(slow)
    const stored = await clients[editor]!.request('GET', `/api/providers/${id}?draft=true`)
    expect(stored.body.citations).toEqual([
      expect.objectContaining({ url: 'https://getsession.org/faq', verdict: 'primary' }),
    ])
    await screenshot(page, 'provider-citation-inline')
    await page.context().close()

    const review = await openAs(reviewerB)
    await openProvider(review, id)
    await review.getByRole('button', { name: 'Freigeben', exact: true }).click(slow)
    await review
      .locator('.review-actions', { hasText: 'Freigegeben und veröffentlicht' })
      .waitFor(slow)
    await review.context().close()
    const markdown = await clients[editor]!.request('GET', `/api/providers/${id}/markdown`)
    expect(markdown.status).toBe(200)
    expect(markdown.body).toContain('- [Session FAQ (im Browser)](https://getsession.org/faq)')
  })
})
