import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Provider, User } from '../../src/payload-types'
import type { RunningServer } from '../helpers/startServer'
import type { TestEnv } from '../helpers/testEnv'
import type { RestClient } from '../helpers/rest'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createUsers } from '../helpers/users'

const zendeskArticle =
  'https://sessionapp.zendesk.com/hc/en-us/articles/40512410161305-Where-is-Session-based'
const auditPdf = 'https://quarkslab.com/resources/audit_reports/Session-Report.pdf'

let payload: Payload
let testEnv: TestEnv
let editor: User
let provider: Provider

/** The error Payload throws, with the field errors it answers over REST. */
type FieldErrors = { data?: { errors?: { path: string; message: string }[] } }

const fieldErrorOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (err: unknown) => err,
  )) as FieldErrors | null
  return error?.data?.errors?.[0]
}

const createSource = (data: Record<string, unknown>, context?: Record<string, unknown>) =>
  payload.create({
    collection: 'sources',
    data: { provider: provider.id, ...data },
    user: editor,
    overrideAccess: false,
    ...(context ? { context } : {}),
  })

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('sources-rule'))
  editor = await payload.create({
    collection: 'users',
    data: {
      email: 'edda@example.test',
      roles: ['editor'],
      language: 'de',
      password: 'pw-12345678',
    },
  })
  provider = await payload.create({
    collection: 'providers',
    data: sessionProviderData(),
    draft: true,
    user: editor,
    overrideAccess: false,
  })
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('the primary-source rule on saving a source (Local API, on behalf of an editor)', () => {
  it('refuses a review site with a message on url naming its host and the vendor domains', async () => {
    const error = await fieldErrorOf(createSource({ url: reviewSiteUrl }))
    expect(error?.path).toBe('url')
    expect(error?.message).toContain('legit-grade.example')
    expect(error?.message).toContain('getsession.org')
    expect(error?.message).toContain('github.com/session-foundation')
  })

  it('stores a page on the vendor website as primary', async () => {
    const source = await createSource({ url: vendorSourceUrl, title: 'FAQ' })
    expect(source).toMatchObject({ verdict: 'primary', findings: [] })
    expect(source.verdictReason).toContain('getsession.org')
  })

  it('stores an http vendor page as primary with an insecure-http warning', async () => {
    const source = await createSource({ url: 'http://getsession.org/blog' })
    expect(source.verdict).toBe('primary')
    expect(source.findings).toEqual([
      expect.objectContaining({ code: 'source.insecure-http', severity: 'warning' }),
    ])
  })

  it('refuses a third-party PDF that no vendor page links', async () => {
    const error = await fieldErrorOf(createSource({ url: auditPdf }))
    expect(error?.path).toBe('url')
    expect(error?.message).toContain('quarkslab.com')
  })

  it('stores a third-party PDF as linked when linkedFrom is a vendor page', async () => {
    const source = await createSource({ url: auditPdf, linkedFrom: vendorSourceUrl })
    expect(source.verdict).toBe('linked')
  })

  it('refuses a linkedFrom that is not a vendor page, on linkedFrom', async () => {
    const error = await fieldErrorOf(createSource({ url: auditPdf, linkedFrom: reviewSiteUrl }))
    expect(error?.path).toBe('linkedFrom')
  })

  it('refuses a line without a URL', async () => {
    const error = await fieldErrorOf(createSource({ rawLine: 'Offizielle FAQ (siehe App)' }))
    expect(error?.message).toContain('holds no web address')
  })

  it('refuses moving a stored source to a review site', async () => {
    const source = await createSource({ url: 'https://getsession.org/download' })
    const error = await fieldErrorOf(
      payload.update({
        collection: 'sources',
        id: source.id,
        data: { url: reviewSiteUrl },
        user: editor,
        overrideAccess: false,
      }),
    )
    expect(error?.path).toBe('url')
  })
})

describe('the importer flag allowRejectedSources', () => {
  it('stores a line without a URL as rejected with its raw line and the malformed finding', async () => {
    const rawLine = 'Offizielle FAQ (siehe App)'
    const source = await createSource({ rawLine }, { allowRejectedSources: true })
    expect(source).toMatchObject({ verdict: 'rejected', rawLine })
    expect(source.findings).toEqual([expect.objectContaining({ code: 'source.malformed' })])
  })

  it('stores a review site as rejected with its message', async () => {
    const source = await createSource({ url: reviewSiteUrl }, { allowRejectedSources: true })
    expect(source.verdict).toBe('rejected')
    expect(source.verdictReason).toContain('legit-grade.example')
  })
})

describe('re-judging when the vendor domains change', () => {
  it('makes the help-centre articles primary once sessionapp.zendesk.com is a vendor domain', async () => {
    const article = await createSource({ url: zendeskArticle }, { allowRejectedSources: true })
    expect(article.verdict).toBe('rejected')
    await payload.update({
      collection: 'providers',
      id: provider.id,
      data: { vendorDomains: ['sessionapp.zendesk.com'] },
      user: editor,
      overrideAccess: false,
    })
    const judged = await payload.findByID({ collection: 'sources', id: article.id })
    expect(judged).toMatchObject({ verdict: 'primary', findings: [] })
  })

  it('refuses a shared platform as a whole vendor domain', async () => {
    const error = await fieldErrorOf(
      payload.update({
        collection: 'providers',
        id: provider.id,
        data: { vendorDomains: ['github.com'] },
        user: editor,
        overrideAccess: false,
      }),
    )
    expect(error?.path).toBe('vendorDomains')
    expect(error?.message).toContain('github.com is shared by many vendors')
  })
})

describe('the rule over REST', () => {
  let server: RunningServer
  let client: RestClient

  beforeAll(async () => {
    server = await startServer({ name: 'sources-rule-rest' })
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: [{ email: 'editor@example.test', roles: ['editor'] }],
    })
    client = clients['editor@example.test']!
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('answers 400 for a review site, naming its host and the vendor domains on url', async () => {
    const created = await client.request('POST', '/api/providers', sessionProviderData())
    expect(created.status).toBe(201)
    const response = await client.request('POST', '/api/sources', {
      provider: created.body.doc.id,
      url: reviewSiteUrl,
    })
    expect(response.status).toBe(400)
    const [error] = response.body.errors[0].data.errors
    expect(error.path).toBe('url')
    expect(error.message).toContain('legit-grade.example')
    expect(error.message).toContain('getsession.org')
  })
})
