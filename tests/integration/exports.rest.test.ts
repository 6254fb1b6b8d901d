import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acquireExportLock } from '../../src/export/siteFiles'
import { dateText } from '../../src/i18n/dates'
import type { Export } from '../../src/payload-types'
import { runCli } from '../helpers/cli'
import { approvePagesInProcess } from '../helpers/approvePages'
import { git } from '../helpers/git'
import { fixturePage, fixturePagesDir } from '../helpers/providerPages'
import type { RestClient } from '../helpers/rest'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { makeSite, olderSessionPage, sessionPagePath } from '../helpers/sitePages'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'
import { waitForExport } from '../helpers/waitForExport'

describe('exports over REST', () => {
  let server: RunningServer
  let siteDir: string
  let editor: RestClient
  let publisher: RestClient

  beforeAll(async () => {
    siteDir = makeSite({ files: { [sessionPagePath]: olderSessionPage() } })
    server = await startServer({ name: 'exports-rest', env: { SITE_DIR: siteDir } })
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: [
        { email: 'edda@example.test', roles: ['editor'] },
        { email: 'paula@example.test', roles: ['publisher'], name: 'Paula Publisher' },
      ],
    })
    editor = clients['edda@example.test']!
    publisher = clients['paula@example.test']!
    const imported = await runCli({
      args: ['import', path.join(fixturePagesDir, 'session.md'), '--json'],
      env: { ...server.testEnv.vars, SITE_DIR: siteDir },
    })
    expect(imported.code).toBe(0)
    await approvePagesInProcess({ env: server.testEnv.vars })
  })

  afterAll(async () => {
    await server?.stop()
    if (siteDir) rmSync(siteDir, { recursive: true, force: true })
  })

  it('refuses the preview to an editor with 403', async () => {
    const response = await editor.request('GET', '/api/exports/preview')
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/Veröffentlichungs- oder Admin-Rolle/)
  })

  it('refuses an export to an editor with 403 and writes nothing', async () => {
    const response = await editor.request('POST', '/api/exports', {})
    expect(response.status).toBe(403)
    expect(readFileSync(path.join(siteDir, sessionPagePath), 'utf8')).toBe(olderSessionPage())
  })

  it("shows a publisher the changed page's unified diff without writing it", async () => {
    const response = await publisher.request('GET', '/api/exports/preview')
    expect(response.status).toBe(200)
    expect(response.body.pages).toHaveLength(1)
    const [page] = response.body.pages
    expect(page).toMatchObject({ path: sessionPagePath, slug: 'session', change: 'changed' })
    expect(page.diff).toContain(`--- a/${sessionPagePath}\n+++ b/${sessionPagePath}`)
    expect(page.diff).toContain('\n-updated: "2025-06-01"\n')
    expect(page.diff).toContain('\n+updated: "2026-01-21"\n')
    expect(readFileSync(path.join(siteDir, sessionPagePath), 'utf8')).toBe(olderSessionPage())
  })

  it('refuses an export with 409 while another export holds the site', async () => {
    const release = await acquireExportLock({ siteDir, by: 'cli (test)', waitMs: 0 })
    try {
      const response = await publisher.request('POST', '/api/exports', {})
      expect(response.status).toBe(409)
      expect(response.body.errors[0]).toMatchObject({ code: 'export.busy' })
      const { message } = response.body.errors[0]
      expect(message).toMatch(/^Es läuft schon ein Export, seit \d\d\.\d\d\.\d{4}, \d\d:\d\d\./)
      // Where and who go to the server's log, not to the publisher.
      for (const internal of [siteDir, String(process.pid), hostname(), 'cli (test)']) {
        expect(message).not.toContain(internal)
      }
    } finally {
      await release()
    }
  })

  it('runs the export as a job, writes the page and records who started it', async () => {
    const response = await publisher.request('POST', '/api/exports', {})
    expect(response.status).toBe(202)
    expect(response.body.doc).toMatchObject({ status: 'queued', target: siteDir, by: 'admin' })
    const record = await waitForExport({ client: publisher, id: response.body.doc.id })
    expect(record).toMatchObject({
      status: 'succeeded',
      written: [sessionPagePath],
      unchanged: 0,
      removed: [],
      commit: null,
      errors: null,
      startedBy: { email: 'paula@example.test' },
    })
    expect(record.durationMs).toEqual(expect.any(Number))
    expect(readFileSync(path.join(siteDir, sessionPagePath), 'utf8')).toBe(
      fixturePage('session.md'),
    )
  })

  it('lists past runs, newest first, to the publisher and not to the editor', async () => {
    const history = await publisher.request('GET', '/api/exports?sort=-startedAt&limit=20')
    expect(history.status).toBe(200)
    expect(history.body.docs[0]).toMatchObject({ status: 'succeeded', written: [sessionPagePath] })
    expect((await editor.request('GET', '/api/exports')).status).toBe(403)
  })

  it('records a CLI export as started by "cli", with no user', async () => {
    const result = await runCli({
      args: ['export', '--json'],
      env: { ...server.testEnv.vars, SITE_DIR: siteDir },
    })
    expect(result.code).toBe(0)
    expect(result.json).toMatchObject({ status: 'succeeded', written: [], unchanged: 1 })
    const record = await publisher.request('GET', `/api/exports/${result.json.exportId}`)
    expect(record.body).toMatchObject({ by: expect.stringMatching(/^cli \(/), startedBy: null })
  })
})

describe('exports with EXPORT_GIT_COMMIT=true', () => {
  let server: RunningServer
  let siteDir: string
  let publisher: RestClient
  let exported: Export

  const gitIn = (...args: string[]) => git({ cwd: siteDir, args })

  beforeAll(async () => {
    siteDir = makeSite({
      files: {
        [sessionPagePath]: olderSessionPage(),
        'README.md': '# Die Website\n',
        'src/pages/index.md': '# Start\n',
      },
    })
    gitIn('init', '--quiet', '--initial-branch=main')
    gitIn('config', 'user.name', 'Site Owner')
    gitIn('config', 'user.email', 'owner@example.test')
    gitIn('add', '--all')
    gitIn('commit', '--quiet', '-m', 'Initial site')
    // Someone's unfinished work: an unstaged edit and a staged new file.
    writeFileSync(path.join(siteDir, 'README.md'), '# Die Website (in Arbeit)\n')
    writeFileSync(path.join(siteDir, 'staged.md'), 'staged, not committed\n')
    gitIn('add', 'staged.md')

    server = await startServer({
      name: 'exports-git',
      env: { SITE_DIR: siteDir, EXPORT_GIT_COMMIT: 'true' },
    })
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: [
        { email: 'edda@example.test', roles: ['editor'], name: 'Edda Editor' },
        { email: 'rita@example.test', roles: ['reviewer'], name: 'Rita Reviewer' },
        { email: 'paula@example.test', roles: ['publisher'], name: 'Paula Publisher' },
      ],
    })
    const editor = clients['edda@example.test']!
    const reviewer = clients['rita@example.test']!
    publisher = clients['paula@example.test']!

    const created = await editor.request(
      'POST',
      '/api/providers',
      sessionProviderData({ citations: [{ url: vendorSourceUrl }] }),
    )
    expect(created.status).toBe(201)
    const id: string = created.body.doc.id
    const submitted = await editor.request('PATCH', `/api/providers/${id}`, {
      reviewState: 'in_review',
    })
    expect(submitted.status).toBe(200)
    const approval = await reviewer.request('PATCH', `/api/providers/${id}`, {
      reviewState: 'approved',
      approvedRevision: submitted.body.doc.updatedAt,
    })
    expect(approval.body.doc).toMatchObject({ _status: 'published' })

    const started = await publisher.request('POST', '/api/exports', {})
    expect(started.status).toBe(202)
    exported = await waitForExport({ client: publisher, id: started.body.doc.id })
  })

  afterAll(async () => {
    await server?.stop()
    if (siteDir) rmSync(siteDir, { recursive: true, force: true })
  })

  it('records the commit it made', () => {
    expect(exported).toMatchObject({
      status: 'succeeded',
      written: [sessionPagePath],
      errors: null,
    })
    expect(exported.commit).toBe(gitIn('rev-parse', 'HEAD').trim())
  })

  it("commits exactly the export's files: the page and the manifest", () => {
    const files = gitIn('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()
    expect(files).toEqual(['.provider-desk-export.json', sessionPagePath])
  })

  it('names the approving reviewer in the commit message', () => {
    const message = gitIn('log', '-1', '--format=%B')
    // Paula's account is German: the message is in her language.
    expect(message).toMatch(/^Exportiere 1 Anbieterseite\n\n/)
    expect(message).toContain(
      `- session: freigegeben von Rita Reviewer <rita@example.test> am ${dateText(new Date().toISOString().slice(0, 10), 'de')}`,
    )
    expect(message).toContain('Paula Publisher <paula@example.test>')
  })

  it("keeps the site's own git identity as author", () => {
    expect(gitIn('log', '-1', '--format=%an <%ae>').trim()).toBe('Site Owner <owner@example.test>')
  })

  it("leaves someone else's staged and unstaged changes uncommitted", () => {
    const status = gitIn('status', '--porcelain').split('\n').filter(Boolean).sort()
    expect(status).toEqual([' M README.md', 'A  staged.md'])
    expect(gitIn('show', 'HEAD:README.md')).toBe('# Die Website\n')
  })

  it('never pushes (no remote is even consulted)', () => {
    expect(gitIn('remote').trim()).toBe('')
  })
})

describe('exports without SITE_DIR and to a folder that is no git work tree', () => {
  let server: RunningServer
  let publisher: RestClient
  let siteDir: string

  beforeAll(async () => {
    siteDir = makeSite({ files: { [sessionPagePath]: olderSessionPage() } })
    server = await startServer({ name: 'exports-plain', env: { SITE_DIR: '' } })
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: [{ email: 'paula@example.test', roles: ['publisher'] }],
    })
    publisher = clients['paula@example.test']!
    const imported = await runCli({
      args: ['import', path.join(fixturePagesDir, 'session.md'), '--json'],
      env: server.testEnv.vars,
    })
    expect(imported.code).toBe(0)
    await approvePagesInProcess({ env: server.testEnv.vars })
  })

  afterAll(async () => {
    await server?.stop()
    if (siteDir) rmSync(siteDir, { recursive: true, force: true })
  })

  it('answers 400 with how to set SITE_DIR', async () => {
    const response = await publisher.request('GET', '/api/exports/preview')
    expect(response.status).toBe(400)
    expect(response.body.errors[0]).toMatchObject({ code: 'export.no-site-dir' })
    expect(response.body.errors[0].message).toMatch(/Setze SITE_DIR/)
  })

  it('exports but records why it made no commit when the site is no git work tree', async () => {
    const result = await runCli({
      args: ['export', '--out', siteDir, '--commit', '--json', '--lang', 'en'],
      env: server.testEnv.vars,
    })
    expect(result.code).toBe(0)
    expect(result.json).toMatchObject({
      status: 'succeeded',
      written: [sessionPagePath],
      commit: null,
    })
    expect(result.json.errors).toEqual([
      {
        code: 'export.git.not-a-work-tree',
        message: expect.stringMatching(/is not a git work tree/),
        messageCode: 'export.git.not-a-work-tree',
        params: { siteDir },
      },
    ])
    // The record keeps the code: a German reader of it gets the German message.
    const stored = await publisher.request('GET', `/api/exports/${result.json.exportId}`)
    expect(stored.body.errors[0].message).toMatch(/ist kein git-Arbeitsverzeichnis/)
  })
})
