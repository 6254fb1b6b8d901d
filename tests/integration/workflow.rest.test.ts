import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { restClient } from '../helpers/rest'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

let server: RunningServer
let editor: RestClient
let reviewer: RestClient
let editingReviewer: RestClient
let secondReviewer: RestClient
let anonymous: RestClient

const today = () => new Date().toISOString().slice(0, 10)
let slugCount = 0

/** A draft provider with one vendor source, made by the editor over REST. */
const draftProvider = async (overrides: Record<string, unknown> = {}): Promise<string> => {
  const slug = `workflow-${++slugCount}`
  const created = await editor.request('POST', '/api/providers', {
    ...sessionProviderData({ slug, citations: [{ url: vendorSourceUrl }] }),
    ...overrides,
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

const patch = (client: RestClient, id: string, body: Record<string, unknown>) =>
  client.request('PATCH', `/api/providers/${id}`, body)

/** The latest draft's `updatedAt`, as the reviewer's admin loads it. */
const draftRevision = async (id: string): Promise<string> =>
  (await editor.request('GET', `/api/providers/${id}?draft=true&depth=0`)).body.updatedAt

/** An approval as the admin's "Freigeben" sends it: naming the draft the reviewer loaded. */
const approve = async (client: RestClient, id: string, body: Record<string, unknown> = {}) =>
  patch(client, id, { reviewState: 'approved', approvedRevision: await draftRevision(id), ...body })

const submitted = async (): Promise<string> => {
  const id = await draftProvider()
  expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
  return id
}

const fieldError = (body: any): { path: string; message: string } => body.errors[0].data.errors[0]

beforeAll(async () => {
  server = await startServer({ name: 'workflow-rest' })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', roles: ['editor'] },
      { email: 'rita@example.test', roles: ['reviewer'] },
      { email: 'berta@example.test', roles: ['editor', 'reviewer'] },
      { email: 'rolf@example.test', roles: ['reviewer'] },
    ],
  })
  editor = clients['edda@example.test']!
  reviewer = clients['rita@example.test']!
  editingReviewer = clients['berta@example.test']!
  secondReviewer = clients['rolf@example.test']!
  anonymous = restClient(server.url)
})

afterAll(async () => {
  await server?.stop()
})

describe('the review workflow over REST', () => {
  it('lets an editor create a draft provider with a vendor citation', async () => {
    const created = await editor.request(
      'POST',
      '/api/providers',
      sessionProviderData({ citations: [{ url: vendorSourceUrl }] }),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ _status: 'draft', reviewState: 'draft' })
    expect(created.body.doc.citations[0].verdict).toBe('primary')
  })

  it('saves a draft with a review-site citation and refuses its submission with 400 naming the host', async () => {
    const id = await draftProvider()
    const response = await patch(editor, id, {
      citations: [{ url: vendorSourceUrl }, { url: reviewSiteUrl }],
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.citations[1].verdict).toBe('rejected')
    const submit = await patch(editor, id, { reviewState: 'in_review' })
    expect(submit.status).toBe(400)
    expect(fieldError(submit.body).path).toBe('reviewState')
    expect(fieldError(submit.body).message).toContain('legit-grade.example')
  })

  it('lets the editor submit but not approve', async () => {
    const id = await draftProvider()
    const submit = await patch(editor, id, { reviewState: 'in_review' })
    expect(submit.status).toBe(200)
    expect(submit.body.doc.reviewState).toBe('in_review')
    const approval = await approve(editor, id)
    expect(approval.status).toBe(403)
    expect(approval.body.errors[0].message).toContain('Review-Rolle')
  })

  it("publishes on a reviewer's approval with updated = today and logs the review", async () => {
    const id = await submitted()
    const approval = await approve(reviewer, id, { reviewComment: 'Passt.' })
    expect(approval.status).toBe(200)
    expect(approval.body.doc).toMatchObject({ _status: 'published', reviewState: 'approved' })
    expect(approval.body.doc.updated.slice(0, 10)).toBe(today())
    const publicRead = await anonymous.request('GET', `/api/providers/${id}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.updated.slice(0, 10)).toBe(today())
    const log = await reviewer.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&sort=reviewedAt`,
    )
    expect(log.body.docs.map((review: any) => review.outcome)).toEqual(['submitted', 'approved'])
    expect(log.body.docs[1]).toMatchObject({ comment: 'Passt.', version: expect.any(String) })
  })

  it('approves once when two reviewers approve the same revision at the same moment; the other gets 409', async () => {
    const id = await submitted()
    const revision = await draftRevision(id)
    const both = await Promise.all(
      [reviewer, secondReviewer].map((client) =>
        patch(client, id, { reviewState: 'approved', approvedRevision: revision }),
      ),
    )
    expect(both.map((response) => response.status).sort()).toEqual([200, 409])
    const refused = both.find((response) => response.status === 409)!
    expect(refused.body.errors[0].message).toContain('inzwischen')
    const log = await reviewer.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&where[outcome][equals]=approved`,
    )
    expect(log.body.totalDocs).toBe(1)
    const latest = await editor.request('GET', `/api/providers/${id}?draft=true&depth=0`)
    expect(latest.body).toMatchObject({ _status: 'published', reviewState: 'approved' })
  })

  it('refuses approval by a reviewer who edited the revision (four eyes)', async () => {
    const id = await draftProvider()
    expect((await patch(editingReviewer, id, { description: 'Von Berta ergänzt.' })).status).toBe(
      200,
    )
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const approval = await approve(editingReviewer, id)
    expect(approval.status).toBe(403)
    expect(approval.body.errors[0].message).toContain('Vier-Augen-Prinzip')
  })

  it('refuses submission while a citation is rejected, listing the finding without its code', async () => {
    const zendesk =
      'https://sessionapp.zendesk.com/hc/en-us/articles/40512410161305-Where-is-Session-based'
    const id = await draftProvider({ vendorDomains: ['sessionapp.zendesk.com'] })
    const cited = await patch(editor, id, { citations: [{ url: zendesk }] })
    expect(cited.body.doc.citations[0].verdict).toBe('primary')
    // Taking the host out again judges the stored citation anew: it stays, as rejected.
    expect((await patch(editor, id, { vendorDomains: [] })).status).toBe(200)
    const submit = await patch(editor, id, { reviewState: 'in_review' })
    expect(submit.status).toBe(400)
    expect(fieldError(submit.body).path).toBe('reviewState')
    expect(fieldError(submit.body).message).not.toContain('source.rejected')
    expect(fieldError(submit.body).message).toContain('sessionapp.zendesk.com')
  })

  it('requires a comment to request changes', async () => {
    const id = await submitted()
    const response = await patch(reviewer, id, { reviewState: 'changes_requested' })
    expect(response.status).toBe(400)
    expect(fieldError(response.body).path).toBe('reviewComment')
  })

  it('logs a request for changes with its comment', async () => {
    const id = await submitted()
    const comment = 'Bitte die Datenschutzerklärung als Quelle ergänzen.'
    const response = await patch(reviewer, id, {
      reviewState: 'changes_requested',
      reviewComment: comment,
    })
    expect(response.status).toBe(200)
    const log = await editor.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&where[outcome][equals]=changes_requested`,
    )
    expect(log.body.docs).toEqual([expect.objectContaining({ comment })])
  })

  it('sends a revision back to draft on the next edit after changes were requested', async () => {
    const id = await submitted()
    await patch(reviewer, id, { reviewState: 'changes_requested', reviewComment: 'Quelle fehlt.' })
    const edit = await patch(editor, id, { description: 'Überarbeitet.' })
    expect(edit.body.doc.reviewState).toBe('draft')
  })

  it('keeps the approved version public while an edit of it is a draft', async () => {
    const id = await submitted()
    await approve(reviewer, id)
    const edit = await patch(editor, id, { description: 'Noch nicht geprüft.' })
    expect(edit.body.doc).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    const publicRead = await anonymous.request('GET', `/api/providers/${id}?draft=true`)
    expect(publicRead.body.description).toBe(sessionProviderData().description)
  })

  it('refuses publishing without approval', async () => {
    const id = await draftProvider()
    const response = await patch(editor, id, { _status: 'published' })
    expect(response.status).toBe(403)
    expect((await anonymous.request('GET', `/api/providers/${id}`)).status).toBe(404)
  })

  it("ignores an editor's value for updated", async () => {
    const id = await draftProvider()
    const response = await patch(editor, id, { updated: '2020-01-01T00:00:00.000Z' })
    expect(response.body.doc.updated ?? null).toBeNull()
  })
})

describe('anonymous requests see no draft', () => {
  let draftId: string

  beforeAll(async () => {
    draftId = await submitted()
  })

  it('gets no draft in the list with draft=true', async () => {
    const response = await anonymous.request(
      'GET',
      `/api/providers?draft=true&where[id][equals]=${draftId}`,
    )
    expect(response.body.docs ?? []).toEqual([])
  })

  it('gets no draft by id with draft=true', async () => {
    const response = await anonymous.request('GET', `/api/providers/${draftId}?draft=true`)
    expect(response.status).toBe(404)
  })

  it('cannot read the version history', async () => {
    const response = await anonymous.request(
      'GET',
      `/api/providers/versions?where[parent][equals]=${draftId}`,
    )
    expect(response.status).toBe(403)
  })

  it('cannot read the source registry or the review log', async () => {
    const sources = await anonymous.request('GET', '/api/sources')
    const reviews = await anonymous.request('GET', '/api/reviews')
    expect([sources.status, reviews.status]).toEqual([403, 403])
  })
})
