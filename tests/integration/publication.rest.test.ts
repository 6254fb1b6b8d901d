import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { restClient } from '../helpers/rest'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { makeSite } from '../helpers/sitePages'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'
import { waitForExport } from '../helpers/waitForExport'

/**
 * The promise, tried as a hostile editor would over REST and GraphQL: the public page
 * shows exactly what a second person approved, whatever path writes.
 */
let server: RunningServer
let siteDir: string
let editor: RestClient
let otherEditor: RestClient
let reviewer: RestClient
let editingReviewer: RestClient
let publisher: RestClient
let anonymous: RestClient
let slugCount = 0

const patch = (client: RestClient, id: string, body: Record<string, unknown>) =>
  client.request('PATCH', `/api/providers/${id}`, body)

const draftOf = async (id: string) =>
  (await editor.request('GET', `/api/providers/${id}?draft=true&depth=0`)).body

const approve = async (client: RestClient, id: string) =>
  patch(client, id, { reviewState: 'approved', approvedRevision: (await draftOf(id)).updatedAt })

const publicPage = async (id: string): Promise<string> =>
  (await editor.request('GET', `/api/providers/${id}/markdown`)).body

/** A provider an editor made and a reviewer approved: on the site. */
const approvedProvider = async (): Promise<string> => {
  const created = await editor.request(
    'POST',
    '/api/providers',
    sessionProviderData({
      slug: `published-${++slugCount}`,
      citations: [{ url: vendorSourceUrl, title: 'Session FAQ' }],
      audits: [{ title: 'Audit 2025', reportUrl: 'https://getsession.org/audit-2025.pdf' }],
    }),
  )
  expect(created.status).toBe(201)
  const id: string = created.body.doc.id
  expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
  expect((await approve(reviewer, id)).status).toBe(200)
  return id
}

const versionsOf = async (id: string) =>
  (
    await editor.request(
      'GET',
      `/api/providers/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
    )
  ).body.docs as { id: string; version: { _status: string; description?: string } }[]

beforeAll(async () => {
  siteDir = makeSite({ files: {} })
  server = await startServer({ name: 'publication-rest', env: { SITE_DIR: siteDir } })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', roles: ['editor'] },
      { email: 'emil@example.test', roles: ['editor'] },
      { email: 'rita@example.test', roles: ['reviewer'] },
      { email: 'berta@example.test', roles: ['editor', 'reviewer'] },
      { email: 'paula@example.test', roles: ['publisher'] },
    ],
  })
  editor = clients['edda@example.test']!
  otherEditor = clients['emil@example.test']!
  reviewer = clients['rita@example.test']!
  editingReviewer = clients['berta@example.test']!
  publisher = clients['paula@example.test']!
  anonymous = restClient(server.url)
})

afterAll(async () => {
  await server?.stop()
  if (siteDir) rmSync(siteDir, { recursive: true, force: true })
})

describe('an edit after approval stays off the site until another reviewer approves that revision', () => {
  it('keeps a changed citation, audit and Datenblatt fact out of the markdown and the export, then prints them after approval', async () => {
    const id = await approvedProvider()
    const before = await publicPage(id)
    const draft = await draftOf(id)
    const edited = await patch(otherEditor, id, {
      jurisdiction: 'Deutschland',
      citations: [
        ...draft.citations,
        { url: 'https://getsession.org/privacy-policy', title: 'Neu zitiert' },
      ],
      audits: [{ ...draft.audits[0], title: 'Audit 2026' }],
    })
    expect(edited.status).toBe(200)
    expect(await publicPage(id)).toBe(before)

    const started = await publisher.request('POST', '/api/exports', {})
    const exported = await waitForExport({ client: publisher, id: started.body.doc.id })
    expect(exported.status).toBe('succeeded')
    const slug = draft.slug as string
    const file = path.join(siteDir, 'src/pages/anbieter', slug, 'index.md')
    expect(readFileSync(file, 'utf8')).toBe(before)

    expect((await patch(otherEditor, id, { reviewState: 'in_review' })).status).toBe(200)
    expect((await approve(reviewer, id)).status).toBe(200)
    const after = await publicPage(id)
    expect(after).not.toBe(before)
    expect(after).toContain('| Jurisdiktion | Deutschland |')
    expect(after).toContain('jurisdiction: "Deutschland"')
    expect(after).toContain('[Neu zitiert](https://getsession.org/privacy-policy)')
    expect(after).toContain('[Audit 2026](https://getsession.org/audit-2025.pdf)')
  })
})

describe('four eyes over the whole revision', () => {
  it('refuses approval to an editor-reviewer who only added a citation to someone else’s draft', async () => {
    const id = await approvedProvider()
    const draft = await draftOf(id)
    const added = await patch(editingReviewer, id, {
      citations: [...draft.citations, { url: 'https://getsession.org/blog' }],
    })
    expect(added.status).toBe(200)
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const approval = await approve(editingReviewer, id)
    expect(approval.status).toBe(403)
    expect(approval.body.errors[0].message).toContain('Vier-Augen-Prinzip')
  })
})

describe('an approval names the revision it approves', () => {
  it('answers 400 when approvedRevision is missing', async () => {
    const id = await approvedProvider()
    await patch(editor, id, { description: 'Neu.' })
    await patch(editor, id, { reviewState: 'in_review' })
    const approval = await patch(reviewer, id, { reviewState: 'approved' })
    expect(approval.status).toBe(400)
    expect(approval.body.errors[0].data.errors[0].path).toBe('approvedRevision')
  })

  it('answers 409 with "neu laden" when the draft changed after the reviewer loaded it', async () => {
    const id = await approvedProvider()
    await patch(editor, id, { reviewState: 'draft', description: 'Erste Fassung.' })
    await patch(editor, id, { reviewState: 'in_review' })
    const seen = (await draftOf(id)).updatedAt
    // The editor saves again between the reviewer opening the draft and clicking "Freigeben".
    await patch(editor, id, { description: 'Heimlich geändert.' })
    await patch(editor, id, { reviewState: 'in_review' })
    const approval = await patch(reviewer, id, { reviewState: 'approved', approvedRevision: seen })
    expect(approval.status).toBe(409)
    expect(approval.body.errors[0].message).toContain('Lade ihn neu')
    expect((await publicPage(id)).includes('Heimlich geändert.')).toBe(false)
  })

  it('stores the approved version id in the review record', async () => {
    const id = await approvedProvider()
    const log = await reviewer.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&where[outcome][equals]=approved`,
    )
    const versions = await versionsOf(id)
    const published = versions.filter((version) => version.version._status === 'published').at(-1)
    expect(log.body.docs[0].version).toBe(published?.id)
  })
})

describe('no other path publishes or unpublishes', () => {
  it('restores an old version over REST as a new draft, leaving the site as approved', async () => {
    const id = await approvedProvider()
    const before = await publicPage(id)
    await patch(editor, id, { description: 'Zweite Fassung.' })
    const [first] = await versionsOf(id)
    // The admin's restore button sends ?draft=false.
    const restored = await otherEditor.request(
      'POST',
      `/api/providers/versions/${first!.id}?draft=false`,
    )
    expect(restored.status).toBe(200)
    expect(await publicPage(id)).toBe(before)
    const draft = await draftOf(id)
    expect(draft).toMatchObject({ _status: 'draft', reviewState: 'draft' })
    expect(draft.description).toBe(sessionProviderData().description)
    const emil = (await otherEditor.request('GET', '/api/users/me')).body.user.id
    expect(draft.editedBy).toContain(emil)
  })

  it('does not take a profile off the site when a draft version is restored', async () => {
    const id = await approvedProvider()
    const versions = await versionsOf(id)
    const draftVersion = versions.find((version) => version.version._status === 'draft')
    const restored = await otherEditor.request(
      'POST',
      `/api/providers/versions/${draftVersion!.id}`,
    )
    expect(restored.status).toBe(200)
    expect((await anonymous.request('GET', `/api/providers/${id}`)).status).toBe(200)
  })

  it('refuses GraphQL restoreVersionProvider without draft: true', async () => {
    const id = await approvedProvider()
    const [first] = await versionsOf(id)
    const response = await otherEditor.request('POST', '/api/graphql', {
      query: `mutation { restoreVersionProvider(id: "${first!.id}") { id } }`,
    })
    expect(response.body.errors?.[0]?.message).toContain('draft')
  })

  it('refuses a GraphQL update that sets _status: published', async () => {
    const id = await approvedProvider()
    const response = await editor.request('POST', '/api/graphql', {
      query: `mutation { updateProvider(id: "${id}", data: { description: "GraphQL", _status: published }) { id } }`,
    })
    expect(response.body.errors?.[0]?.message).toContain('Nur eine Freigabe veröffentlicht')
    expect(await publicPage(id)).not.toContain('GraphQL')
  })

  it('keeps a bulk update with _status: published off the site', async () => {
    const id = await approvedProvider()
    const response = await editor.request('PATCH', `/api/providers?where[id][equals]=${id}`, {
      description: 'Bulk',
      _status: 'published',
    })
    expect(response.status).toBeLessThan(500)
    expect(await publicPage(id)).not.toContain('Bulk')
  })

  it('duplicates a provider as a new draft that is not on the site', async () => {
    const id = await approvedProvider()
    const response = await editor.request('POST', `/api/providers/${id}/duplicate`, {
      slug: `copy-${++slugCount}`,
    })
    expect(response.status).toBeLessThan(500)
    if (response.status === 201 || response.status === 200) {
      expect(response.body.doc).toMatchObject({ _status: 'draft', reviewState: 'draft' })
      const copy = await anonymous.request('GET', `/api/providers/${response.body.doc.id}`)
      expect(copy.status).toBe(404)
    }
  })
})
