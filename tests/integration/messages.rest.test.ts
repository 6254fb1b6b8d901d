import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { createUsers } from '../helpers/users'

/**
 * Issue 16: every message a person reads comes in their language. Two editors and two
 * reviewers, one of each in German and one in English, get the same refusals and
 * findings over REST, each in their own language, with the same stable codes.
 */

let server: RunningServer
let clients: Record<string, RestClient>
const as: Record<'de' | 'en', { editor: RestClient; reviewer: RestClient }> = {} as never
let slugCount = 0

const fieldError = (body: any): { path: string; message: string } => body.errors[0].data.errors[0]

const draftProvider = async (
  overrides: Record<string, unknown> = {},
  client: RestClient = as.de.editor,
): Promise<string> => {
  const created = await client.request('POST', '/api/providers', {
    ...sessionProviderData({
      slug: `messages-${++slugCount}`,
      citations: [{ url: vendorSourceUrl }],
    }),
    ...overrides,
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

const patch = (client: RestClient, id: string, body: Record<string, unknown>) =>
  client.request('PATCH', `/api/providers/${id}`, body)

const draftRevision = async (id: string): Promise<string> =>
  (await as.de.editor.request('GET', `/api/providers/${id}?draft=true&depth=0`)).body.updatedAt

const approve = async (client: RestClient, id: string) =>
  patch(client, id, { reviewState: 'approved', approvedRevision: await draftRevision(id) })

beforeAll(async () => {
  server = await startServer({ name: 'messages-rest' })
  clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', roles: ['editor'] },
      { email: 'eric@example.test', roles: ['editor'], language: 'en' },
      { email: 'rita@example.test', roles: ['reviewer'] },
      { email: 'rosa@example.test', roles: ['reviewer'], language: 'en' },
      { email: 'berta@example.test', roles: ['editor', 'reviewer'] },
      { email: 'bob@example.test', roles: ['editor', 'reviewer'], language: 'en' },
    ],
  })
  as.de = { editor: clients['edda@example.test']!, reviewer: clients['rita@example.test']! }
  as.en = { editor: clients['eric@example.test']!, reviewer: clients['rosa@example.test']! }
})

afterAll(async () => {
  await server?.stop()
})

describe('save refusals in the saver’s language', () => {
  it.each([
    { language: 'de', says: 'legit-grade.example ist keine Domain dieses Anbieters' },
    { language: 'en', says: 'legit-grade.example is not a vendor domain of this provider' },
  ] as const)(
    'keeps a review-site citation as an error and refuses its submission in $language',
    async ({ language, says }) => {
      const id = await draftProvider()
      const response = await patch(as[language].editor, id, {
        citations: [{ url: vendorSourceUrl }, { url: reviewSiteUrl }],
      })
      expect(response.status).toBe(200)
      expect(response.body.doc.citations[1].findings[0].message).toContain(says)
      const submit = await patch(as[language].editor, id, { reviewState: 'in_review' })
      expect(submit.status).toBe(400)
      expect(fieldError(submit.body)).toMatchObject({ path: 'reviewState' })
      expect(fieldError(submit.body).message).toContain(says)
    },
  )

  it.each([
    { language: 'de', says: 'ist eine öffentliche Endung' },
    { language: 'en', says: 'is a public suffix shared by many sites' },
  ] as const)(
    'refuses a public suffix as a vendor domain in $language',
    async ({ language, says }) => {
      const id = await draftProvider()
      const response = await patch(as[language].editor, id, { vendorDomains: ['github.io'] })
      expect(response.status).toBe(400)
      expect(fieldError(response.body).message).toContain(says)
    },
  )

  it.each([
    { language: 'de', says: 'Nur Personen mit der Review-Rolle geben eine Fassung frei.' },
    { language: 'en', says: 'Only users with the reviewer role approve a revision.' },
  ] as const)("refuses an editor's approval in $language", async ({ language, says }) => {
    const id = await draftProvider({}, as[language].editor)
    expect((await patch(as[language].editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const approval = await approve(as[language].editor, id)
    expect(approval.status).toBe(403)
    expect(approval.body.errors[0].message).toBe(says)
  })

  it.each([
    { language: 'de', editorReviewer: 'berta@example.test', says: 'Vier-Augen-Prinzip' },
    { language: 'en', editorReviewer: 'bob@example.test', says: 'four eyes' },
  ] as const)(
    'refuses an own approval (four eyes) in $language',
    async ({ editorReviewer, says }) => {
      const id = await draftProvider()
      expect((await patch(clients[editorReviewer]!, id, { description: 'Ergänzt.' })).status).toBe(
        200,
      )
      expect((await patch(as.de.editor, id, { reviewState: 'in_review' })).status).toBe(200)
      const approval = await approve(clients[editorReviewer]!, id)
      expect(approval.status).toBe(403)
      expect(approval.body.errors[0].message).toContain(says)
    },
  )

  it.each([
    { language: 'de', says: 'Lade ihn neu und prüf ihn erneut' },
    { language: 'en', says: 'Reload it and review again before approving.' },
  ] as const)('refuses an outdated approval with 409 in $language', async ({ language, says }) => {
    const id = await draftProvider()
    expect((await patch(as.de.editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const seen = await draftRevision(id)
    await patch(as.de.editor, id, { description: 'Geändert.' })
    await patch(as.de.editor, id, { reviewState: 'in_review' })
    const approval = await patch(as[language].reviewer, id, {
      reviewState: 'approved',
      approvedRevision: seen,
    })
    expect(approval.status).toBe(409)
    expect(approval.body.errors[0].message).toContain(says)
  })

  it.each([
    {
      language: 'de',
      says: 'Diese Fassung kann nicht eingereicht werden, solange der Anbieter 1 Fehler-Befund hat.',
      finding: 'sessionapp.zendesk.com ist keine Domain dieses Anbieters',
    },
    {
      language: 'en',
      says: 'This revision cannot be submitted while the provider has 1 error finding(s).',
      finding: 'sessionapp.zendesk.com is not a vendor domain of this provider',
    },
  ] as const)(
    'refuses a submission blocked by findings in $language, without finding codes',
    async ({ language, says, finding }) => {
      const id = await rejectedCitationDraft()
      const editor = as[language].editor
      const submit = await patch(editor, id, { reviewState: 'in_review' })
      expect(submit.status).toBe(400)
      expect(fieldError(submit.body).path).toBe('reviewState')
      expect(fieldError(submit.body).message).toContain(says)
      expect(fieldError(submit.body).message).toContain(`- ${finding}`)
      expect(fieldError(submit.body).message).not.toContain('source.rejected')
    },
  )

  it.each([
    { language: 'de', says: 'Schreib, was sich ändern soll' },
    { language: 'en', says: 'Say what needs to change' },
  ] as const)('asks for a comment to request changes in $language', async ({ language, says }) => {
    const id = await draftProvider()
    expect((await patch(as.de.editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const response = await patch(as[language].reviewer, id, { reviewState: 'changes_requested' })
    expect(response.status).toBe(400)
    expect(fieldError(response.body).message).toContain(says)
  })
})

describe('findings in the reader’s language', () => {
  it('gives the same findings to a German and an English reviewer, each in their language', async () => {
    const id = await rejectedCitationDraft()
    const german = await as.de.reviewer.request('GET', `/api/providers/${id}/findings`)
    const english = await as.en.reviewer.request('GET', `/api/providers/${id}/findings`)
    expect(german.body.language).toBe('de')
    expect(english.body.language).toBe('en')
    const [germanFinding] = german.body.findings
    const [englishFinding] = english.body.findings
    expect(germanFinding).toMatchObject({
      code: 'source.rejected',
      field: 'citations.0.url',
      messageCode: 'source.rejected',
      params: { host: 'sessionapp.zendesk.com' },
    })
    expect(germanFinding.message).toContain(
      'sessionapp.zendesk.com ist keine Domain dieses Anbieters',
    )
    expect(englishFinding.message).toContain(
      'sessionapp.zendesk.com is not a vendor domain of this provider',
    )
    const { message: _german, ...germanCodes } = germanFinding
    const { message: _english, ...englishCodes } = englishFinding
    expect(englishCodes).toEqual(germanCodes)
  })

  it("reads a citation's stored verdict in the reader's language", async () => {
    const id = await rejectedCitationDraft()
    const path = `/api/providers/${id}?draft=true&depth=0`
    const [german] = (await as.de.reviewer.request('GET', path)).body.citations
    const [english] = (await as.en.reviewer.request('GET', path)).body.citations
    expect(german.verdict).toBe('rejected')
    expect(german.verdictReason).toContain(
      'sessionapp.zendesk.com ist keine Domain dieses Anbieters',
    )
    expect(english.verdictReason).toContain(
      'sessionapp.zendesk.com is not a vendor domain of this provider',
    )
    expect(german.findings[0].message).toContain('ist keine Domain dieses Anbieters')
    expect(english.findings[0].message).toContain('is not a vendor domain of this provider')
  })

  it("reads a primary citation's reason in the reader's language", async () => {
    const id = await draftProvider()
    const path = `/api/providers/${id}?draft=true&depth=0`
    const [german] = (await as.de.editor.request('GET', path)).body.citations
    const [english] = (await as.en.editor.request('GET', path)).body.citations
    expect(german.verdictReason).toBe(
      'getsession.org ist eine Domain dieses Anbieters (aus dem Feld „Website“).',
    )
    expect(english.verdictReason).toBe(
      'getsession.org is a vendor domain of this provider (from the field "Website").',
    )
  })
})

/** A draft whose stored citation the rule now rejects (its host was taken out). */
const rejectedCitationDraft = async (): Promise<string> => {
  const zendesk =
    'https://sessionapp.zendesk.com/hc/en-us/articles/40512410161305-Where-is-Session-based'
  const id = await draftProvider({ vendorDomains: ['sessionapp.zendesk.com'], citations: [] })
  expect((await patch(as.de.editor, id, { citations: [{ url: zendesk }] })).status).toBe(200)
  expect((await patch(as.de.editor, id, { vendorDomains: [] })).status).toBe(200)
  return id
}
