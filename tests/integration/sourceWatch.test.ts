/**
 * The source watch end to end on a real SQLite file, against a real HTTPS stand-in of
 * the vendor's site on 127.0.0.1 (test CA through NODE_EXTRA_CA_CERTS, vendor hosts
 * mapped onto it with connect-to rules): baseline, 304, a substantive change re-opening
 * the profile until a reviewer approves again, markup noise, selectors, redirects,
 * refused addresses (a canary proves no connection), failures in a row, a vendor page
 * that stops linking a cited third-party document, and the CLI with its exit codes.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Finding } from '../../src/findings/finding'
import { readFinding } from '../../src/findings/finding'
import type { User } from '../../src/payload-types'
import type { WatchReport } from '../../src/watch/runWatch'
import type { TlsSite } from '../helpers/tlsSite'
import { collectProviderFindings } from '../../src/lint/lintProvider'
import { createFetcher } from '../../src/watch/fetcher'
import { runReminders } from '../../src/reminders/runReminders'
import { runWatch } from '../../src/watch/runWatch'
import { runCli } from '../helpers/cli'
import { inEnglish } from '../helpers/inEnglish'
import { guardDials, startCanary } from '../helpers/dialGuard'
import { reviewSiteUrl, sessionProviderData } from '../helpers/sessionProvider'
import { startSmtp } from '../helpers/smtp'
import type { TestSmtp } from '../helpers/smtp'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import type { TestEnv } from '../helpers/testEnv'
import { tinyPdf } from '../helpers/tinyPdf'
import { page, redirect, startTlsSite } from '../helpers/tlsSite'
import { createLocalUser } from '../helpers/users'
import { faqLines, vendorFaqHtml } from '../helpers/vendorPage'

const faqUrl = 'https://getsession.org/faq'
const policyUrl = 'https://getsession.org/privacy-policy'
const blogUrl = 'https://getsession.org/blog/audit'
const auditUrl = 'https://other.example/audit-report.pdf'

/** What the stand-in serves now, per path; tests change it between runs. */
const routes: Record<string, Parameters<typeof startTlsSite>[0]['routes'][string]> = {}
let site: TlsSite
let payload: Payload
let testEnv: TestEnv
let editor: User
let reviewer: User
let providerId: string
let dials: ReturnType<typeof guardDials>
let smtp: TestSmtp

const faqPage = (lines = faqLines) => {
  const body = vendorFaqHtml({ lines })
  const etag = `"${lines.length}-${lines.join('').length}"`
  return {
    etag,
    route: ((request, response) => {
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end()
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(body)
    }) as (typeof routes)[string],
  }
}
const changedFaq = faqLines.map((line, index) =>
  index === 3 ? 'Session now keeps your IP address for 30 days.' : line,
)

const blogPage = (linksAudit: boolean) =>
  page(
    `<html><body><main><h1>Our audit</h1><p>Read the report${
      linksAudit ? ` <a href="${auditUrl}">here</a>` : ''
    }.</p></main></body></html>`,
  )

const watch = (options: Partial<Parameters<typeof runWatch>[0]> = {}): Promise<WatchReport> =>
  runWatch({
    payload,
    fetcher: createFetcher({ publicUrl: 'https://desk.example.test', connectTo: site.connectTo }),
    perHostPauseMs: 0,
    ...options,
  })

const connectToValue = () =>
  site.connectTo
    .map((rule) => `${rule.fromHost}:${rule.fromPort}:${rule.toAddress}:${rule.toPort}`)
    .join(',')

const statusOf = (report: WatchReport, url: string) =>
  report.sources.find((source) => source.url === url)

const findings = async (): Promise<Finding[]> =>
  collectProviderFindings({ payload, providerId, now: new Date() })

/**
 * Whether a finding is one the watch is about: the test profile has no body text and no
 * evidence, so its empty sections and its facts without evidence are set aside.
 */
const isAboutTheWatch = (finding: Finding) =>
  finding.code !== 'section.empty' && finding.code !== 'claim.unsupported'

/** The findings the watch is about. */
const codes = async () =>
  (await findings()).filter(isAboutTheWatch).map((finding) => `${finding.code} ${finding.value}`)

const approve = async () => {
  await payload.update({
    collection: 'providers',
    id: providerId,
    data: { reviewComment: 'Quellen geprüft.' },
    user: editor,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'providers',
    id: providerId,
    data: { reviewState: 'in_review' },
    user: editor,
    overrideAccess: false,
  })
  const draft = await payload.findByID({ collection: 'providers', id: providerId, draft: true })
  return payload.update({
    collection: 'providers',
    id: providerId,
    data: { reviewState: 'approved', approvedRevision: draft.updatedAt } as never,
    user: reviewer,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  dials = guardDials()
  // The site looks each route up per request, so changing `routes` changes the answers.
  site = await startTlsSite({ routes })
  routes['/faq'] = faqPage().route
  routes['/privacy-policy'] = page('<main><p>We store no metadata.</p></main>')
  routes['/blog/audit'] = blogPage(true)
  routes['other.example/audit-report.pdf'] = page(
    tinyPdf(['Audit of Session', 'No critical issues.']),
    'application/pdf',
  )
  // The job builds its fetcher from the environment, read once when Payload opens.
  process.env.SOURCE_WATCH_CONNECT_TO = connectToValue()
  process.env.SOURCE_WATCH_PAUSE_MS = '0'
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  ;({ payload, testEnv } = await openTestPayload('source-watch'))
  editor = await createLocalUser({ payload, email: 'editor@example.test', roles: ['editor'] })
  reviewer = await createLocalUser({ payload, email: 'reviewer@example.test', roles: ['reviewer'] })
  const created = await payload.create({
    collection: 'providers',
    data: {
      ...sessionProviderData(),
      reviewer: reviewer.id,
      citations: [
        { url: faqUrl, title: 'FAQ', kind: 'faq' },
        { url: policyUrl, title: 'Datenschutz', kind: 'policy' },
        { url: auditUrl, title: 'Audit (PDF)', kind: 'audit-report', linkedFrom: blogUrl },
      ],
    } as never,
    user: editor,
    overrideAccess: false,
  })
  providerId = String(created.id)
  await approve()
}, 180_000)

afterAll(async () => {
  delete process.env.SOURCE_WATCH_CONNECT_TO
  delete process.env.SOURCE_WATCH_PAUSE_MS
  delete process.env.SMTP_URL
  await smtp?.stop()
  dials?.restore()
  await site?.close()
  if (payload) await closeTestPayload({ payload, testEnv })
})

describe('source watch', () => {
  it('takes a first snapshot of every cited document once, the linking vendor page included', async () => {
    const report = await watch()
    expect(report.sources.map((source) => [source.url, source.status])).toEqual([
      [blogUrl, 'new'],
      [faqUrl, 'new'],
      [policyUrl, 'new'],
      [auditUrl, 'new'],
    ])
    expect(report.new).toBe(4)
    expect(statusOf(report, faqUrl)?.providers).toEqual(['session'])
    const { docs } = await payload.find({ collection: 'snapshots', pagination: false })
    expect(docs).toHaveLength(4)
    const pdf = docs.find((snapshot) => snapshot.finalUrl === auditUrl)
    expect(pdf?.text).toContain('No critical issues.')
    const user = site.requests.find((request) => request.path === '/faq')?.headers['user-agent']
    expect(user).toBe('provider-desk source watch (+https://desk.example.test)')
    expect(await codes()).toEqual([])
    // Only a vendor page that links a cited third-party document has a list of missing links.
    const { docs: sources } = await payload.find({ collection: 'sources', pagination: false })
    expect(
      Object.fromEntries(sources.map((source) => [source.url, source.missingLinks ?? null])),
    ).toEqual({ [blogUrl]: [], [faqUrl]: null, [policyUrl]: null, [auditUrl]: null })
  })

  it('sends the validators back: a 304 is unchanged, and no snapshot is stored', async () => {
    const before = site.requests.length
    const report = await watch()
    expect(report.unchanged).toBe(4)
    const faqRequest = site.requests.slice(before).find((request) => request.path === '/faq')
    expect(faqRequest?.headers['if-none-match']).toBe(faqPage().etag)
    expect((await payload.count({ collection: 'snapshots' })).totalDocs).toBe(4)
  })

  it('ignores markup-only changes', async () => {
    routes['/faq'] = page(vendorFaqHtml({ isRestyled: true }))
    const report = await watch()
    expect(statusOf(report, faqUrl)?.status).toBe('unchanged')
    expect((await payload.count({ collection: 'snapshots' })).totalDocs).toBe(4)
  })

  it('on a substantive change stores a snapshot and re-opens the profile with the diff', async () => {
    routes['/faq'] = faqPage(changedFaq).route
    const report = await watch()
    expect(statusOf(report, faqUrl)).toMatchObject({ status: 'changed', providers: ['session'] })
    expect(report.changed).toBe(1)
    const source = (
      await payload.find({ collection: 'sources', where: { url: { equals: faqUrl } } })
    ).docs[0]
    expect(source?.watchStatus).toBe('changed')
    const { docs: changes } = await payload.find({ collection: 'sourceChanges', depth: 0 })
    expect(changes).toHaveLength(1)
    expect(changes[0]?.excerpt).toContain('+ Session now keeps your IP address for 30 days.')
    expect(changes[0]?.excerpt).toContain(`- ${faqLines[3]?.slice(0, 40)}`)
    const changedFinding = (await findings()).find((finding) => finding.code === 'source.changed')
    expect(changedFinding).toMatchObject({ severity: 'warning', value: faqUrl })
    const added = changedFinding?.diff?.filter((part) => part.kind === 'added')
    expect(added?.flatMap((part) => part.lines)).toEqual([
      'Session now keeps your IP address for 30 days.',
    ])
  })

  it('mails the change to the profile\'s reviewer once, in the digest\'s "Quellen geändert"', async () => {
    const first = await runReminders({ payload, now: new Date() })
    expect(first.sent).toEqual([{ to: 'reviewer@example.test', providers: [], sources: [faqUrl] }])
    const mail = smtp.messages.at(-1)
    expect(mail?.to).toEqual(['reviewer@example.test'])
    expect(mail?.text).toContain('Quellen geändert')
    expect(mail?.text).toContain(faqUrl)
    expect(mail?.text).toContain('+ Session now keeps your IP address for 30 days.')
    const again = await runReminders({ payload, now: new Date() })
    expect(again.sent).toEqual([])
  })

  it('clears the change when a reviewer approves again, recording the snapshots it approved', async () => {
    await approve()
    expect(await codes()).toEqual([])
    const { docs } = await payload.find({
      collection: 'reviews',
      where: { outcome: { equals: 'approved' } },
      sort: '-reviewedAt',
      limit: 1,
    })
    const recorded = docs[0]?.snapshots as { url: string; textHash: string }[]
    const current = await payload.find({
      collection: 'sources',
      where: { url: { equals: faqUrl } },
      depth: 1,
    })
    const snapshot = current.docs[0]?.snapshot
    expect(recorded.map((entry) => entry.url).sort()).toEqual(
      [auditUrl, blogUrl, faqUrl, policyUrl].sort(),
    )
    expect(recorded.find((entry) => entry.url === faqUrl)?.textHash).toBe(
      typeof snapshot === 'object' ? snapshot?.textHash : undefined,
    )
    const open = await payload.count({
      collection: 'sourceChanges',
      where: { clearedAt: { exists: false } },
    })
    expect(open.totalDocs).toBe(0)
  })

  it('re-baselines without alerting anyone when an admin changes the selectors', async () => {
    const source = (
      await payload.find({ collection: 'sources', where: { url: { equals: faqUrl } } })
    ).docs[0]
    await payload.update({
      collection: 'sources',
      id: String(source?.id),
      data: { remove: ['.last-updated'] },
    })
    const report = await watch()
    expect(statusOf(report, faqUrl)).toMatchObject({ status: 'unchanged' })
    expect(statusOf(report, faqUrl)).toMatchObject({ reason: inEnglish(/selectors/) })
    const rebaselines = await payload.count({
      collection: 'snapshots',
      where: { isRebaseline: { equals: true } },
    })
    expect(rebaselines.totalDocs).toBe(1)
    expect((await payload.count({ collection: 'sourceChanges' })).totalDocs).toBe(1)
    expect(await codes()).toEqual([])

    // The "last updated" widget is noise now: its change does not count.
    routes['/faq'] = page(vendorFaqHtml({ lines: changedFaq, noise: 'Neu: Session 2.0' }))
    const noisy = await watch()
    expect(statusOf(noisy, faqUrl)?.status).toBe('unchanged')
    expect(await codes()).toEqual([])
  })

  it('refuses an invalid selector with a message naming it', async () => {
    const source = (
      await payload.find({ collection: 'sources', where: { url: { equals: faqUrl } } })
    ).docs[0]
    const refusal = await payload
      .update({ collection: 'sources', id: String(source?.id), data: { select: ['main >>'] } })
      .catch((error: { data?: { errors?: { path: string; message: string }[] } }) => error)
    expect(refusal).toMatchObject({ data: { errors: [{ path: 'select' }] } })
    expect(JSON.stringify(refusal)).toMatch(/main >>/)
  })

  it('reports a redirect within the vendor domains as moved, and one off them as an error', async () => {
    routes['/privacy-policy'] = redirect('https://www.getsession.org/legal/privacy')
    routes['/legal/privacy'] = page('<main><p>We store no metadata.</p></main>')
    let report = await watch()
    expect(statusOf(report, policyUrl)).toMatchObject({
      status: 'moved',
      finalUrl: 'https://www.getsession.org/legal/privacy',
    })
    expect(await codes()).toEqual([`source.moved ${policyUrl}`])

    routes['/privacy-policy'] = redirect('https://other.example/privacy')
    routes['other.example/privacy'] = page('<main><p>We store no metadata.</p></main>')
    report = await watch()
    expect(statusOf(report, policyUrl)).toMatchObject({
      reason: inEnglish(/off the vendor's domains/),
    })
    const found = (await findings()).filter(isAboutTheWatch)
    expect(found.map((finding) => [finding.code, finding.severity])).toEqual([
      ['source.redirect-rejected', 'error'],
    ])
    const refusal = await approve().catch((error: unknown) => error)
    expect(JSON.stringify(refusal)).toMatch(/other\.example\/privacy/)
  })

  it('refuses redirects to loopback and cloud metadata without connecting', async () => {
    const canary = await startCanary()
    try {
      routes['/privacy-policy'] = redirect(`https://127.0.0.1:${canary.port}/admin`)
      let report = await watch()
      expect(statusOf(report, policyUrl)?.status).toBe('blocked')
      expect(statusOf(report, policyUrl)).toMatchObject({ reason: inEnglish(/127\.0\.0\.1/) })
      routes['/privacy-policy'] = redirect('http://169.254.169.254/latest/meta-data/')
      const before = dials.dials.length
      report = await watch()
      expect(statusOf(report, policyUrl)?.status).toBe('blocked')
      expect(dials.dials.slice(before).map((dial) => dial.host)).not.toContain('169.254.169.254')
      expect(canary.connections()).toBe(0)
      expect(await codes()).toContain(`source.blocked ${policyUrl}`)
    } finally {
      await canary.close()
    }
  })

  it('warns after three failed checks in a row and clears it on the next success', async () => {
    routes['/privacy-policy'] = (_request, response) => void response.writeHead(404).end()
    for (const _run of [1, 2]) {
      const report = await watch()
      expect(statusOf(report, policyUrl)?.status).toBe('failed')
    }
    expect(await codes()).toEqual([])
    const report = await watch()
    expect(statusOf(report, policyUrl)).toMatchObject({ reason: inEnglish('HTTP 404') })
    expect(await codes()).toEqual([`source.unreachable ${policyUrl}`])
    const unreachable = (await findings()).find(({ code }) => code === 'source.unreachable')
    expect(readFinding(unreachable!, 'de').message).toContain(
      'fehlgeschlagen (der Server antwortet mit HTTP 404)',
    )
    expect(readFinding(unreachable!, 'en').message).toContain('failed (HTTP 404)')
    const [stored] = (
      await payload.find({ collection: 'sources', where: { url: { equals: policyUrl } } })
    ).docs
    expect(stored?.reason).toMatch(/^(HTTP 404|der Server antwortet mit HTTP 404)$/)
    routes['/privacy-policy'] = page('<main><p>We store no metadata.</p></main>')
    await watch()
    expect(await codes()).toEqual([])
  })

  it('notices when the vendor page no longer links the cited third-party document', async () => {
    routes['/blog/audit'] = blogPage(false)
    const report = await watch()
    expect(statusOf(report, blogUrl)?.status).toBe('changed')
    const found = await codes()
    expect(found).toContain(`source.link-gone ${auditUrl}`)
    routes['/blog/audit'] = blogPage(true)
    await watch()
    expect(await codes()).not.toContain(`source.link-gone ${auditUrl}`)
  })

  it('deletes a profile with its source changes', async () => {
    const other = await payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ name: 'Session Kopie', slug: 'session-kopie' }),
        citations: [{ url: faqUrl, title: 'FAQ', kind: 'faq' }],
      } as never,
      user: editor,
      overrideAccess: false,
    })
    routes['/faq'] = faqPage(changedFaq.slice(2)).route
    await watch()
    const ofOther = { provider: { equals: other.id } }
    expect((await payload.count({ collection: 'sourceChanges', where: ofOther })).totalDocs).toBe(1)
    await payload.delete({ collection: 'providers', id: other.id })
    expect((await payload.count({ collection: 'sourceChanges', where: ofOther })).totalDocs).toBe(0)
    await approve()
  })

  it('reports a change once when two runs check it at the same time', async () => {
    routes['/faq'] = faqPage([...changedFaq, 'Neu: Session löscht Konten nach 30 Tagen.']).route
    const snapshotsBefore = (await payload.count({ collection: 'snapshots' })).totalDocs
    const changesBefore = (await payload.count({ collection: 'sourceChanges' })).totalDocs
    const reports = await Promise.all([watch(), watch()])
    expect(reports.map((report) => statusOf(report, faqUrl)?.status).sort()).toEqual([
      'changed',
      'unchanged',
    ])
    expect((await payload.count({ collection: 'snapshots' })).totalDocs).toBe(snapshotsBefore + 1)
    expect((await payload.count({ collection: 'sourceChanges' })).totalDocs).toBe(changesBefore + 1)
    await approve()
  })

  it('shows the change since the approval in the digest and the panel when the text changed twice', async () => {
    const approvedLines = [...changedFaq, 'Neu: Session löscht Konten nach 30 Tagen.']
    const faqSource = async () =>
      (await payload.find({ collection: 'sources', where: { url: { equals: faqUrl } }, depth: 0 }))
        .docs[0]
    const approvedSnapshot = String((await faqSource())?.snapshot)
    routes['/faq'] = faqPage([...approvedLines, 'Neu: Session speichert Telefonnummern.']).route
    await watch()
    routes['/faq'] = faqPage([...approvedLines, 'Neu: Session speichert Kontakte.']).route
    await watch()
    // Both changes run from the snapshot the approval recorded (reviews.snapshots), not from
    // the text in between: a renamed key there would make the second one start at B.
    const { docs: open } = await payload.find({
      collection: 'sourceChanges',
      where: { and: [{ url: { equals: faqUrl } }, { clearedAt: { exists: false } }] },
      depth: 0,
    })
    expect(open.map((change) => String(change.fromSnapshot))).toEqual([
      approvedSnapshot,
      approvedSnapshot,
    ])

    const report = await runReminders({ payload, now: new Date() })
    expect(report.sent).toEqual([{ to: 'reviewer@example.test', providers: [], sources: [faqUrl] }])
    const mail = smtp.messages.at(-1)?.text ?? ''
    expect(mail.match(/\+ Neu: Session speichert Kontakte\./g)).toHaveLength(1)
    expect(mail).not.toContain('Telefonnummern')

    const changed = (await findings()).find((finding) => finding.code === 'source.changed')
    expect(changed?.diff?.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', lines: ['Neu: Session speichert Kontakte.'] },
    ])
    await approve()
  })

  it('never fetches a rejected or malformed citation', async () => {
    // Only the importer keeps rejected citations (a person's save is refused).
    await payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ name: 'Importiert', slug: 'importiert' }),
        citations: [
          { url: reviewSiteUrl, title: 'Testbericht', kind: 'other' },
          { rawLine: '- Session FAQ (ohne Link)', title: 'Session FAQ', kind: 'other' },
        ],
      } as never,
      context: { isImport: true },
    })
    const report = await watch({ providerSlug: 'importiert' })
    expect(report.sources).toEqual([])
    expect(dials.dials.map((dial) => dial.host)).not.toContain('legit-grade.example')
    await payload.delete({ collection: 'providers', where: { slug: { equals: 'importiert' } } })
  })

  it('watches one profile from the CLI, with the env connect-to rules and exit codes', async () => {
    const env = {
      ...testEnv.vars,
      SOURCE_WATCH_CONNECT_TO: connectToValue(),
      SOURCE_WATCH_PAUSE_MS: '0',
    }
    const quiet = await runCli({ args: ['watch', '--provider', 'session', '--json'], env })
    expect(quiet.code, quiet.stderr + JSON.stringify(quiet.json)).toBe(0)
    expect(quiet.json.sources).toHaveLength(4)
    expect(quiet.json.unchanged).toBe(4)

    routes['/faq'] = faqPage(faqLines.slice(1)).route
    const changed = await runCli({ args: ['watch', '--json'], env })
    expect(changed.code).toBe(1)
    expect(changed.json.sources.find((source: { url: string }) => source.url === faqUrl)).toEqual({
      url: faqUrl,
      status: 'changed',
      providers: ['session'],
    })

    const unknown = await runCli({ args: ['watch', '--provider', 'nobody'], env })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/keinen Anbieter mit dem Slug „nobody“/)

    const bad = await runCli({ args: ['watch'], env: { ...env, SOURCE_WATCH_CONNECT_TO: 'x:y' } })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/SOURCE_WATCH_CONNECT_TO/)
  })

  it('runs as the watchSources job, and a retried job skips what it already checked', async () => {
    const job = await payload.jobs.queue({ task: 'watchSources', queue: 'watch', input: {} })
    const before = site.requests.length
    const result = await payload.jobs.run({ queue: 'watch' })
    expect(result.jobStatus?.[job.id]?.status).toBe('success')
    const fetched = site.requests.slice(before).map((request) => request.path)
    expect(fetched.sort()).toEqual(['/audit-report.pdf', '/blog/audit', '/faq', '/privacy-policy'])
    const { docs } = await payload.find({ collection: 'sources', pagination: false })
    expect(docs.every((source) => new Date(source.checkedAt ?? 0) >= new Date(job.createdAt))).toBe(
      true,
    )

    // The same job again (as a retry after a crash would run it): nothing left to fetch.
    const again = site.requests.length
    await runWatch({ payload, checkedBefore: new Date(job.createdAt), perHostPauseMs: 0 })
    expect(site.requests.length).toBe(again)
  })

  it("stores a long document (beyond Payload's default 40,000 characters)", async () => {
    const lines = Array.from(
      { length: 1500 },
      (_, index) => `Absatz ${index}: ${'Daten '.repeat(10)}`,
    )
    routes['/long-policy'] = page(`<main>${lines.map((line) => `<p>${line}</p>`).join('')}</main>`)
    await payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ name: 'Lang', slug: 'lang' }),
        citations: [{ url: 'https://getsession.org/long-policy', title: 'Lang', kind: 'policy' }],
      } as never,
      user: editor,
      overrideAccess: false,
    })
    const report = await watch({ providerSlug: 'lang' })
    expect(report.sources.map((source) => source.status)).toEqual(['new'])
    const { docs } = await payload.find({
      collection: 'snapshots',
      where: { finalUrl: { equals: 'https://getsession.org/long-policy' } },
    })
    expect(docs[0]?.text?.length).toBeGreaterThan(60_000)
  })
})
