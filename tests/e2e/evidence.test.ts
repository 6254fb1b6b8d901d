import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { micromark } from 'micromark'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import type { TlsSite } from '../helpers/tlsSite'
import {
  chooseListFilter,
  expectReadable,
  launchBrowser,
  openAdminAs,
  revealInTab,
  screenshot,
  screenshotDir,
} from '../helpers/browser'
import { runCli } from '../helpers/cli'
import { startServer } from '../helpers/startServer'
import { page as htmlPage, startTlsSite } from '../helpers/tlsSite'
import { createUsers } from '../helpers/users'

/**
 * Claim-level evidence in a German Chromium, on the real server and a real SQLite file,
 * against a TLS stand-in of telegram.org serving real versions of Telegram's privacy
 * policy (tests/fixtures/ota): the editor selects the passage in the stored text, saves
 * and submits; the reviewer approves; the vendor changes "6 Monate" to "18 Monate"; after
 * the watch the reviewer sees the passage as approved and as it is now with the word diff
 * and "geändert", and the editor anchors the new passage with "Noch zutreffend – neu
 * verankern".
 */

const editor = 'edda@example.test'
const reviewer = 'rita@example.test'
const policyUrl = 'https://telegram.org/privacy/de'
const claim = 'Löschung nach Inaktivität'
const inactivity =
  'Wenn du Telegram nicht mehr verwenden willst und mindestens 6 Monate lang nicht online bist, wird dein Konto mit allen Nachrichten, Medien, Kontakten und allen anderen Daten, die du in der Telegram Cloud gespeichert hast, standardmäßig gelöscht.'
const slow = { timeout: 60_000 }
/** Field names and words of the evidence screens that must not show in English. */
const evidenceEnglish = ['Evidence', 'Claim', 'Anchor', 'holds', 'edited', 'vanished']

const version = (file: string) =>
  micromark(readFileSync(path.join(import.meta.dirname, '../fixtures/ota/Telegram', file), 'utf8'))

const routes: Parameters<typeof startTlsSite>[0]['routes'] = {}
let site: TlsSite
let server: RunningServer
let browser: Browser
let clients: Record<string, RestClient>
let providerId: string
let watchEnv: Record<string, string>

const openProvider = async (email: string): Promise<Page> => {
  const page = await openAdminAs({ browser, baseUrl: server.url, email })
  await page.goto(`${server.url}/admin/collections/providers/${providerId}`)
  await page.locator('.review-actions').waitFor(slow)
  await page.locator('select[name="assignReviewer"]').waitFor(slow)
  return page
}

/** Selects `passage` in the picker's text as a person does with the mouse. */
const selectPassage = async (page: Page, passage: string) => {
  await page.locator('.passage-picker__text').evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    const nodes: { node: Text; start: number }[] = []
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length })
      text += node.textContent ?? ''
    }
    const from = text.indexOf(wanted)
    if (from === -1) throw new Error('the passage is not in the picker')
    const to = from + wanted.length
    const at = (offset: number) => {
      const hit = nodes.findLast((entry) => entry.start <= offset)!
      return [hit.node, offset - hit.start] as const
    }
    const range = document.createRange()
    range.setStart(...at(from))
    range.setEnd(...at(to))
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, passage)
}

/** A close-up of one part of the page, beside the full-page screenshots. */
const closeUp = async (locator: Locator, name: string) => {
  mkdirSync(screenshotDir, { recursive: true })
  await locator.screenshot({ path: path.join(screenshotDir, `${name}.png`) })
}

const step = async (page: Page, name: string, state: string) => {
  await page.getByRole('button', { name, exact: true, disabled: false }).click(slow)
  await page.locator('.review-actions__state', { hasText: state }).waitFor(slow)
}

const watch = async () => {
  const result = await runCli({ args: ['watch', '--json'], env: watchEnv })
  expect(result.stderr).not.toMatch(/Error/)
  return result
}

beforeAll(async () => {
  routes['telegram.org/privacy/de'] = htmlPage(version('012_2024-09-26_c318fccb.md'))
  site = await startTlsSite({ routes })
  const connectTo = site.connectTo
    .map((rule) => `${rule.fromHost}:${rule.fromPort}:${rule.toAddress}:${rule.toPort}`)
    .join(',')
  server = await startServer({
    name: 'evidence-e2e',
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
      { email: editor, name: 'Edda Engel', roles: ['editor'] },
      { email: reviewer, name: 'Rita Roth', roles: ['reviewer'] },
    ],
  })
  const created = await clients[editor]!.request('POST', '/api/providers', {
    name: 'Telegram',
    slug: 'telegram',
    category: 'Messenger',
    website: 'https://telegram.org',
    privacy: policyUrl,
    phone_required: 'yes',
    citations: [{ url: policyUrl, title: 'Datenschutzerklärung', kind: 'policy' }],
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  providerId = created.body.doc.id
  const baseline = await watch()
  expect(baseline.json.new).toBe(1)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await site?.close()
})

describe('evidence in the admin', () => {
  it('lets the editor select the passage in the stored text, says whether the quote is found, and saves it anchored', async () => {
    const page = await openProvider(editor)
    const add = page.locator('#field-evidence .array-field__add-row')
    await revealInTab({ page, tab: 'Quellen', target: add })
    await add.click()
    await page.locator('#field-evidence__0__claim').fill(claim)
    await page.locator('#field-evidence__0__url').selectOption(policyUrl)
    const text = page.locator('.passage-picker__text')
    await text.waitFor(slow)
    // Typed, not in the document: the indicator says so before the save would.
    await page.locator('#field-evidence__0__quote').fill('mindestens 7 Monate lang')
    await page.locator('[data-quote-found="false"]').waitFor(slow)
    await page.locator('.passage-picker__search').fill('6 Monate')
    await page.locator('.passage-picker__text [data-hit]').first().waitFor(slow)
    await selectPassage(page, inactivity)
    await expect(page.locator('#field-evidence__0__quote').inputValue()).resolves.toBe(inactivity)
    const found = page.locator('[data-quote-found="true"]')
    await found.waitFor(slow)
    expect(await found.locator('strong').textContent()).toBe('gefunden')
    await expectReadable(page, evidenceEnglish)
    await screenshot(page, 'evidence-picker')
    await closeUp(page.locator('#field-evidence'), 'evidence-picker-closeup')

    await page.locator('#action-save-draft').click()
    await expect
      .poll(async () => {
        const draft = await clients[editor]!.request(
          'GET',
          `/api/providers/${providerId}?draft=true&depth=0`,
        )
        return draft.body.evidence?.[0]?.anchor?.exact
      }, slow)
      .toBe(inactivity)
    await page.reload()
    await page.locator('.review-actions').waitFor(slow)
    const entry = page.locator('[data-evidence-state="holds"]')
    await revealInTab({ page, tab: 'Quellen', target: entry })
    expect(await entry.locator('.evidence-entry__state').textContent()).toBe('hält')
    await step(page, 'Zur Prüfung einreichen', 'Im Review')
    await page.context().close()
  })

  it('lets the reviewer approve the evidence', async () => {
    const page = await openProvider(reviewer)
    await step(page, 'Freigeben', 'Freigegeben')
    await page.context().close()
  })

  it('shows the reviewer the passage as approved and as it is now, with the word diff, after the vendor changed it', async () => {
    routes['telegram.org/privacy/de'] = htmlPage(version('013_2024-09-30_c6bf7111.md'))
    const changed = await watch()
    expect(changed.json.changed).toBe(1)

    const page = await openProvider(reviewer)
    const entry = page.locator('[data-evidence-state="edited"]')
    await revealInTab({ page, tab: 'Quellen', target: entry })
    expect(await entry.locator('.evidence-entry__state').textContent()).toBe('geändert')
    const removed = await entry
      .locator('[data-passage="anchored"] [data-diff="removed"]')
      .allTextContents()
    const added = await entry.locator('[data-passage="now"] [data-diff="added"]').allTextContents()
    expect(removed.join('')).toContain('6')
    expect(added.join('')).toContain('18')
    expect(
      await entry.locator('[data-passage="anchored"] [data-context="prefix"]').textContent(),
    ).not.toBe('')
    // Only the full stop the quote ends with, still in the document, is not a change.
    expect(removed.join('')).not.toContain('.')
    // Re-anchoring is the editors' part: the reviewer reads.
    expect(
      await entry.getByRole('button', { name: 'Noch zutreffend – neu verankern' }).count(),
    ).toBe(0)
    const link = await entry.locator('.evidence-entry__vendor-link').getAttribute('href')
    expect(link).toMatch(
      /^https:\/\/telegram\.org\/privacy\/de#:~:text=Wenn%20du%20Telegram%20nicht,/,
    )
    await entry.scrollIntoViewIfNeeded()
    await expectReadable(page, evidenceEnglish)
    await screenshot(page, 'evidence-changed-reviewer')
    await closeUp(page.locator('#field-evidence'), 'evidence-changed-reviewer-closeup')
    await page.context().close()
  })

  it('shows the coverage and "Beleg geändert" in the list, and filters for it', async () => {
    const page = await openAdminAs({ browser, baseUrl: server.url, email: reviewer })
    await page.goto(`${server.url}/admin/collections/providers`)
    const cell = page.locator('.evidence-coverage-cell')
    await cell.first().waitFor(slow)
    // One Datenblatt fact with a value (Telefon erforderlich); the claim is none of them.
    expect(await cell.locator('[data-evidence-coverage]').textContent()).toBe('0 von 1')
    expect(await cell.locator('[data-evidence-changed="true"]').textContent()).toBe(
      'Beleg geändert',
    )
    await chooseListFilter({ page, filter: 'evidence-changed' })
    await page.locator('[data-evidence-changed="true"]').first().waitFor(slow)
    expect(await page.locator('tbody tr').count()).toBe(1)
    // Only the pill that was clicked is active, though "Quelle geändert" names the same profile.
    expect(
      await page.locator('.provider-list-filters [aria-current="true"]').allInnerTexts(),
    ).toEqual(['Beleg geändert'])
    await expectReadable(page, evidenceEnglish)
    await screenshot(page, 'evidence-list')
    await page.context().close()
  })

  it('marks the approved passage in the text of the snapshot it was quoted from', async () => {
    const snapshots = await clients[reviewer]!.request(
      'GET',
      '/api/snapshots?sort=fetchedAt&limit=1&depth=0',
    )
    const page = await openAdminAs({ browser, baseUrl: server.url, email: reviewer })
    await page.goto(`${server.url}/admin/collections/snapshots/${snapshots.body.docs[0].id}`)
    const marked = page.locator('.snapshot-passages [data-anchored-passage]')
    await marked.first().waitFor(slow)
    expect(await marked.allTextContents()).toEqual([inactivity])
    expect(await marked.first().getAttribute('title')).toBe(`Telegram: ${claim}`)
    await page.locator('.snapshot-passages a', { hasText: `Telegram: ${claim}` }).click()
    await screenshot(page, 'evidence-snapshot')
    await closeUp(page.locator('.snapshot-passages'), 'evidence-snapshot-closeup')
    await page.context().close()
  })

  it('lets the editor anchor the passage as it is now ("Noch zutreffend – neu verankern") as a draft change', async () => {
    const page = await openProvider(editor)
    const entry = page.locator('[data-evidence-state="edited"]')
    await revealInTab({ page, tab: 'Quellen', target: entry })
    await entry.getByRole('button', { name: 'Noch zutreffend – neu verankern' }).click()
    const quote = page.locator('#field-evidence__0__quote')
    await expect.poll(() => quote.inputValue(), slow).toContain('mindestens 18 Monate')
    expect(await quote.inputValue()).toMatch(/standardmäßig gelöscht\.$/)
    await page.locator('[data-quote-found="true"]').waitFor(slow)
    await expectReadable(page, evidenceEnglish)
    await screenshot(page, 'evidence-reanchor')
    await closeUp(page.locator('#field-evidence'), 'evidence-reanchor-closeup')

    await page.locator('#action-save-draft').click()
    await expect
      .poll(async () => {
        const draft = await clients[editor]!.request(
          'GET',
          `/api/providers/${providerId}?draft=true&depth=0`,
        )
        return draft.body.evidence?.[0]?.anchor?.exact ?? ''
      }, slow)
      .toContain('mindestens 18 Monate')
    // The approved revision keeps the passage the reviewer approved until the next approval.
    const published = await clients[reviewer]!.request(
      'GET',
      `/api/providers/${providerId}?depth=0`,
    )
    expect(published.body.evidence[0].anchor.exact).toBe(inactivity)
    await page.reload()
    await page.locator('.review-actions').waitFor(slow)
    const held = page.locator('[data-evidence-state="holds"]')
    await revealInTab({ page, tab: 'Quellen', target: held })
    await screenshot(page, 'evidence-reanchored')
    await closeUp(page.locator('#field-evidence'), 'evidence-reanchored-closeup')
    await page.context().close()
  })
})
