import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { approvePagesInProcess, setUpInProcess } from '../helpers/approvePages'
import {
  dialogMessages,
  expectReadable,
  launchBrowser,
  openAdminAs,
  screenshot,
} from '../helpers/browser'
import { runCli } from '../helpers/cli'
import { generatedPage } from '../helpers/providerPages'
import type { RestClient } from '../helpers/rest'
import { makeSite } from '../helpers/sitePages'
import type { TestSmtp } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { createUsers } from '../helpers/users'

/**
 * A German team's week in de-DE Chromium, over a real SMTP server and the server's own
 * job runner: the editor writes and submits, the reviewer is mailed and finds it under
 * "Wartet auf mich", sends it back, the editor is mailed, reads the comment, fixes and
 * resubmits, the reviewer sees the changes since the last approval and approves, the
 * publisher exports; then a stale profile is confirmed unchanged and a profile whose
 * source changed is sent back. Every screen is read as the team reads it: no lock dialog,
 * no id, no English word, no raw date.
 */
const edda = 'edda@example.test'
const rita = 'rita@example.test'
const paula = 'paula@example.test'
const slow = { timeout: 60_000 }

let server: RunningServer
let smtp: TestSmtp
let browser: Browser
let clients: Record<string, RestClient>
let siteDir: string
let weekId: string

/** A site page the desk can approve: its sources and its audit on the vendor's own domain. */
const cleanPage = (args: { slug: string; name: string; category?: string; updated: string }) =>
  generatedPage({ ...args, sourceLines: [`https://${args.slug}.example/privacy`] }).replace(
    /^- \[Quarkslab Security Audit \(PDF\)\]\(https:\/\/quarkslab\.com[^)]*\)$/m,
    `- [Audit (PDF)](https://${args.slug}.example/audit.pdf)`,
  )

const openAs = (email: string): Promise<Page> =>
  openAdminAs({ browser, baseUrl: server.url, email })

const openProvider = async (page: Page, id: string) => {
  await page.goto(`${server.url}/admin/collections/providers/${id}`)
  await page.locator('.review-actions__state').waitFor(slow)
  // The box loads its summary after the form: wait until it names the responsible reviewer.
  await page.locator('select[name="assignReviewer"]').waitFor(slow)
}

const dashboardCount = async (page: Page, key: string): Promise<string> => {
  await page.goto(`${server.url}/admin`)
  const tile = page.locator(`[data-inbox="${key}"]`)
  await tile.waitFor(slow)
  return (await tile.textContent()) ?? ''
}

const mailsTo = async (to: string, count: number) => {
  const deadline = Date.now() + 60_000
  for (;;) {
    const mails = smtp.messages.filter((mail) => mail.to.includes(to))
    if (mails.length >= count) return mails
    if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} mails to ${to}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Clicks a review button (`openAdminAs` accepts the warnings' confirmation) and waits for the new state. */
const step = async (page: Page, name: string, state: string, { keepOpen = false } = {}) => {
  await page.getByRole('button', { name, exact: true, disabled: false }).click(slow)
  await page.locator('.review-actions__state', { hasText: state }).waitFor(slow)
  if (!keepOpen) await page.context().close()
}

beforeAll(async () => {
  smtp = await startSmtp()
  siteDir = makeSite({ files: {} })
  server = await startServer({
    name: 'team-week-e2e',
    env: {
      SMTP_URL: smtp.url,
      NOTICE_DELAY_SECONDS: '1',
      PROVIDER_DESK_ROLE: 'server',
      SITE_DIR: siteDir,
    },
  })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: edda, name: 'Edda Engel', roles: ['editor'] },
      { email: rita, name: 'Rita Roth', roles: ['reviewer'] },
      { email: paula, name: 'Paula Peters', roles: ['publisher'] },
    ],
  })
  // Two profiles the team approved weeks ago: one now stale, one whose source changes.
  const pagesDir = path.join(server.testEnv.dir, 'pages')
  const { mkdirSync, writeFileSync } = await import('node:fs')
  mkdirSync(pagesDir, { recursive: true })
  writeFileSync(
    path.join(pagesDir, 'alt.md'),
    cleanPage({ slug: 'alt-vpn', name: 'Alt VPN', updated: '2026-01-10' }),
  )
  writeFileSync(
    path.join(pagesDir, 'quelle.md'),
    cleanPage({
      slug: 'quelle-mail',
      name: 'Quelle Mail',
      category: 'E-Mail',
      updated: new Date().toISOString().slice(0, 10),
    }),
  )
  const imported = await runCli({ args: ['import', pagesDir, '--json'], env: server.testEnv.vars })
  expect(imported.code).toBe(0)
  await approvePagesInProcess({ env: server.testEnv.vars })
  await setUpInProcess({
    env: server.testEnv.vars,
    args: ['source-change', 'quelle-mail', 'https://quelle-mail.example/privacy'],
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
  if (siteDir) rmSync(siteDir, { recursive: true, force: true })
})

describe("a team's week", () => {
  it('the editor writes a profile and submits it; the reviewer is mailed and finds it waiting', async () => {
    const created = await clients[edda]!.request('POST', '/api/providers', {
      ...sessionProviderData({ slug: 'wochen-chat', name: 'Wochen Chat' }),
      citations: [{ url: vendorSourceUrl, title: 'FAQ' }],
    })
    expect(created.status).toBe(201)
    weekId = created.body.doc.id
    const editor = await openAs(edda)
    await openProvider(editor, weekId)
    await expect(editor.locator('.review-actions__state').textContent()).resolves.toBe('Entwurf')
    await expectReadable(editor)
    await screenshot(editor, 'week-01-editor-draft')
    // The editor's page stays open after the hand-off: the reviewer is still not stopped.
    await step(editor, 'Zur Prüfung einreichen', 'Im Review', { keepOpen: true })
    const [mail] = await mailsTo(rita, 1)
    expect(mail!.subject).toBe('provider-desk: „Wochen Chat“ wartet auf dein Review')
    expect(mail!.text).toContain('Edda Engel hat „Wochen Chat“ zur Prüfung eingereicht.')

    const reviewer = await openAs(rita)
    expect(await dashboardCount(reviewer, 'waiting')).toBe('Wartet auf mich (1)')
    await expectReadable(reviewer)
    await screenshot(reviewer, 'week-02-reviewer-dashboard')
    await openProvider(reviewer, weekId)
    await expectReadable(reviewer)
    await reviewer.context().close()
    await editor.context().close()
  })

  it('the reviewer sends it back with a comment; the editor is mailed and reads it', async () => {
    const reviewer = await openAs(rita)
    await openProvider(reviewer, weekId)
    await expectReadable(reviewer)
    await reviewer
      .locator('textarea[name="reviewActionComment"]')
      .fill('Bitte die Datenschutzerklärung als Quelle ergänzen.')
    await screenshot(reviewer, 'week-03-reviewer-sends-back')
    await step(reviewer, 'Änderungen anfordern', 'Änderungen erbeten')
    const [mail] = await mailsTo(edda, 1)
    expect(mail!.text).toContain('> Bitte die Datenschutzerklärung als Quelle ergänzen.')

    const editor = await openAs(edda)
    expect(await dashboardCount(editor, 'returned')).toBe('Zurück an mich (1)')
    await openProvider(editor, weekId)
    const comment = editor.locator('.review-actions__comment')
    await expect(comment.textContent()).resolves.toContain('Kommentar von Rita Roth am')
    await expect(comment.textContent()).resolves.toContain('Datenschutzerklärung als Quelle')
    await expect(comment.textContent()).resolves.toMatch(/\d\d\.\d\d\.\d{4}, \d\d:\d\d/)
    await expectReadable(editor)
    await screenshot(editor, 'week-04-editor-reads-comment')
  })

  it('the editor fixes and resubmits; the reviewer approves it', async () => {
    const fixed = await clients[edda]!.request('PATCH', `/api/providers/${weekId}`, {
      citations: [
        { url: vendorSourceUrl, title: 'FAQ' },
        { url: 'https://getsession.org/privacy-policy', title: 'Datenschutzerklärung' },
      ],
    })
    expect(fixed.status).toBe(200)
    const editor = await openAs(edda)
    await openProvider(editor, weekId)
    await step(editor, 'Zur Prüfung einreichen', 'Im Review')

    const reviewer = await openAs(rita)
    await openProvider(reviewer, weekId)
    await expectReadable(reviewer)
    await screenshot(reviewer, 'week-05-reviewer-approves')
    await step(reviewer, 'Freigeben', 'Freigegeben')
    // Before approving, the open warnings were named (the empty sections of the new profile).
    expect(dialogMessages.get(reviewer)?.[0]).toMatch(/^Freigeben trotz \d+ Hinweisen\?/)
    expect(dialogMessages.get(reviewer)?.[0]).toContain('Der Abschnitt „Kurzfazit“ ist leer')
    const mails = await mailsTo(edda, 2)
    expect(mails[1]!.subject).toBe('provider-desk: „Wochen Chat“ ist freigegeben')
  })

  it('the editor changes the approved profile; the reviewer sees the change since the approval, by whom', async () => {
    const changed = await clients[edda]!.request('PATCH', `/api/providers/${weekId}`, {
      description: 'Messenger ohne Telefonnummer, mit Onion-Routing.',
    })
    expect(changed.status).toBe(200)
    expect(
      (
        await clients[edda]!.request('PATCH', `/api/providers/${weekId}`, {
          reviewState: 'in_review',
        })
      ).status,
    ).toBe(200)
    const reviewer = await openAs(rita)
    await openProvider(reviewer, weekId)
    const changes = reviewer.locator('.review-actions__changes')
    await changes.waitFor(slow)
    const text = (await changes.textContent()) ?? ''
    expect(text).toContain('Änderungen seit der letzten Freigabe (1 Feld)')
    expect(text).toContain('geändert von Edda Engel')
    expect(text).toContain('− Messenger ohne Telefonnummer.')
    expect(text).toContain('+ Messenger ohne Telefonnummer, mit Onion-Routing.')
    await expectReadable(reviewer)
    await screenshot(reviewer, 'week-06-reviewer-diff-since-approval')
    // Payload's version comparison, against the approved revision.
    const compare = await changes.locator('a').getAttribute('href')
    expect(compare).toContain('versionFrom=')
    const versions = await openAs(rita)
    await versions.goto(`${server.url}${compare}`)
    await versions.getByText('mit Onion-Routing').first().waitFor(slow)
    // The comparison's title reads in Berlin time, as the review box does (not the server's UTC).
    const berlinHour = (date: Date) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(date)
    // The revision was saved within the last minutes: this hour or, just past the hour, the last.
    const hours = [berlinHour(new Date()), berlinHour(new Date(Date.now() - 5 * 60_000))]
    await expect(versions.locator('.step-nav').innerText()).resolves.toMatch(
      new RegExp(`\\d\\d\\.\\d\\d\\.\\d{4}, (${hours.join('|')}):\\d\\d`),
    )
    await screenshot(versions, 'week-06b-version-comparison')
    // The versions list: each revision with who saved it and its review step, newest first.
    await versions.goto(`${server.url}/admin/collections/providers/${weekId}/versions`)
    const rows = versions.locator('.provider-versions tbody tr')
    await rows.first().waitFor(slow)
    await expect(rows.first().innerText()).resolves.toMatch(
      /Edda Engel\s+Im Review\s+Neueste Fassung/,
    )
    const listed = await versions.locator('.provider-versions tbody').innerText()
    expect(listed).toMatch(/Rita Roth\s+Freigegeben\s+Veröffentlicht/)
    expect(listed).toMatch(/Rita Roth\s+Änderungen erbeten/)
    expect(listed).toMatch(/Edda Engel\s+Entwurf/)
    expect(listed).toContain('mit der veröffentlichten Fassung vergleichen')
    await expectReadable(versions)
    await screenshot(versions, 'week-06c-versions-list')
    await versions.context().close()
    await step(reviewer, 'Freigeben', 'Freigegeben')
  })

  it('the publisher exports what was approved', async () => {
    const publisher = await openAs(paula)
    await publisher.goto(`${server.url}/admin/veroeffentlichen`)
    await publisher.getByTestId('export-preview').waitFor(slow)
    await expectReadable(publisher)
    await screenshot(publisher, 'week-07-publish-preview')
    await publisher.getByRole('button', { name: 'Jetzt exportieren' }).click()
    await publisher.locator('[data-testid="export-result"][data-status="succeeded"]').waitFor(slow)
    const page = path.join(siteDir, 'src', 'pages', 'anbieter', 'wochen-chat', 'index.md')
    expect(existsSync(page)).toBe(true)
    expect(readFileSync(page, 'utf8')).toContain('mit Onion-Routing')
    await screenshot(publisher, 'week-08-publish-result')
  })

  it('the reviewer confirms a stale profile unchanged', async () => {
    const { body } = await clients[rita]!.request(
      'GET',
      '/api/providers?where[slug][equals]=alt-vpn',
    )
    const id = body.docs[0].id
    const reviewer = await openAs(rita)
    expect(await dashboardCount(reviewer, 'recheck')).toMatch(/^Erneut prüfen \([12]\)$/)
    await openProvider(reviewer, id)
    await expect(reviewer.locator('.review-actions__state').textContent()).resolves.toBe(
      'Erneut prüfen',
    )
    await expect(reviewer.locator('.review-actions__recheck').textContent()).resolves.toMatch(
      /Das Prüfintervall ist am \d\d\.\d\d\.\d{4} abgelaufen\./,
    )
    await expectReadable(reviewer)
    await screenshot(reviewer, 'week-09-stale-profile')
    await step(reviewer, 'Unverändert bestätigen', 'Freigegeben')
    const after = await clients[rita]!.request('GET', `/api/providers/${id}`)
    expect(after.body.updated.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
    const log = await clients[rita]!.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&where[outcome][equals]=confirmed`,
    )
    expect(log.body.totalDocs).toBe(1)
  })

  it('the reviewer sends back a profile whose source changed, the comment pre-filled with what changed', async () => {
    const { body } = await clients[rita]!.request(
      'GET',
      '/api/providers?where[slug][equals]=quelle-mail',
    )
    const id = body.docs[0].id
    const reviewer = await openAs(rita)
    await openProvider(reviewer, id)
    await expect(reviewer.locator('.review-actions__recheck').textContent()).resolves.toContain(
      'https://quelle-mail.example/privacy',
    )
    const comment = reviewer.locator('textarea[name="reviewActionComment"]')
    await comment.focus()
    await expect(comment.inputValue()).resolves.toContain(
      'Geänderte Quelle: https://quelle-mail.example/privacy',
    )
    await expectReadable(reviewer)
    await screenshot(reviewer, 'week-10-source-changed')
    await step(reviewer, 'Änderungen anfordern', 'Änderungen erbeten')
    // The approved version stays on the site meanwhile.
    const anonymous = await fetch(`${server.url}/api/providers/${id}`)
    expect(((await anonymous.json()) as { _status: string })._status).toBe('published')
  })
})
