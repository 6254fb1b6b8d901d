import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Provider, User } from '../../src/payload-types'
import type { RunningServer } from '../helpers/startServer'
import type { TestEnv } from '../helpers/testEnv'
import type { RestClient } from '../helpers/rest'
import { reviewSiteUrl, sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createLocalUser, createUsers } from '../helpers/users'
import { idOf } from '../../src/db/idOf'

const zendeskArticle =
  'https://sessionapp.zendesk.com/hc/en-us/articles/40512410161305-Where-is-Session-based'
const auditPdf = 'https://quarkslab.com/resources/audit_reports/Session-Report.pdf'

let payload: Payload
let testEnv: TestEnv
let editor: User
let slugCount = 0

type Citation = NonNullable<Provider['citations']>[number]
type Audit = NonNullable<Provider['audits']>[number]

/** The field errors Payload answers a refused save with. */
type FieldErrors = { data?: { errors?: { path: string; message: string }[] } }

const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (err: unknown) => err,
  )) as FieldErrors | null
  return error?.data?.errors ?? []
}

const asEditor = { user: () => editor, overrideAccess: false } as const

type StoredFinding = { code: string; severity: string; field: string; message?: string }

/** The error finding a saved entry keeps (a draft saves with a rejected entry). */
const errorOf = (entry: { findings?: unknown } | undefined): StoredFinding | undefined =>
  ((entry?.findings ?? []) as StoredFinding[]).find((finding) => finding.severity === 'error')

/** Submitting the draft: refused while an entry is rejected, with the 400 on `reviewState`. */
const submitErrorOf = async (id: string) =>
  (await fieldErrorsOf(update(id, { reviewState: 'in_review' })))[0]

const createProvider = (data: Record<string, unknown> = {}, context?: Record<string, unknown>) =>
  payload.create({
    collection: 'providers',
    data: { ...sessionProviderData({ slug: `rule-${++slugCount}` }), ...data },
    draft: true,
    ...(context ? { context } : { user: asEditor.user(), overrideAccess: false }),
  })

const cite = (citations: Partial<Citation>[]) => createProvider({ citations })

const update = (id: string, data: Record<string, unknown>) =>
  payload.update({ collection: 'providers', id, data, user: editor, overrideAccess: false })

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('sources-rule'))
  editor = await createLocalUser({ payload, email: 'edda@example.test', roles: ['editor'] })
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('the primary-source rule on a person’s save (Local API, overrideAccess: false)', () => {
  it('saves a draft with a review site, keeps the error on its path and refuses to submit it, naming the host and the vendor domains', async () => {
    const provider = await cite([{ url: vendorSourceUrl }, { url: reviewSiteUrl }])
    expect(provider.citations?.[1]?.verdict).toBe('rejected')
    const finding = errorOf(provider.citations?.[1])
    expect(finding).toMatchObject({ code: 'source.rejected', field: 'citations.1.url' })
    const error = await submitErrorOf(provider.id)
    expect(error?.path).toBe('reviewState')
    expect(error?.message).toContain('nicht eingereicht')
    expect(error?.message).toContain('legit-grade.example')
    expect(error?.message).toContain('getsession.org')
    expect(error?.message).toContain('github.com/session-foundation')
    const stored = await payload.findByID({ collection: 'providers', id: provider.id, draft: true })
    expect(stored.reviewState).toBe('draft')
  })

  it('stores a page on the vendor website as primary', async () => {
    const provider = await cite([{ url: vendorSourceUrl, title: 'FAQ' }])
    expect(provider.citations?.[0]).toMatchObject({ verdict: 'primary', findings: [] })
    expect(provider.citations?.[0]?.verdictReason).toContain('getsession.org')
  })

  it('stores an http vendor page as primary with an insecure-http warning', async () => {
    const provider = await cite([{ url: 'http://getsession.org/blog' }])
    expect(provider.citations?.[0]?.verdict).toBe('primary')
    expect(provider.citations?.[0]?.findings).toEqual([
      expect.objectContaining({ code: 'source.insecure-http', severity: 'warning' }),
    ])
  })

  it('keeps a third-party PDF that no vendor page links as an error', async () => {
    const provider = await cite([{ url: auditPdf }])
    expect(errorOf(provider.citations?.[0])).toMatchObject({ field: 'citations.0.url' })
    expect((await submitErrorOf(provider.id))?.message).toContain('quarkslab.com')
  })

  it('stores a third-party PDF as linked when linkedFrom is a vendor page', async () => {
    const provider = await cite([{ url: auditPdf, linkedFrom: vendorSourceUrl }])
    expect(provider.citations?.[0]?.verdict).toBe('linked')
  })

  it('keeps a linkedFrom that is not a vendor page as an error on linkedFrom', async () => {
    const provider = await cite([{ url: auditPdf, linkedFrom: reviewSiteUrl }])
    expect(errorOf(provider.citations?.[0])).toMatchObject({ field: 'citations.0.linkedFrom' })
  })

  it('keeps a citation without a URL as an error and says so on submit', async () => {
    const provider = await cite([{ title: 'Offizielle FAQ (siehe App)' }])
    expect(errorOf(provider.citations?.[0])).toMatchObject({ code: 'source.malformed' })
    expect((await submitErrorOf(provider.id))?.message).toContain('enthält keine Webadresse')
  })

  it('keeps a title that carries a link to a review site as an error on the title', async () => {
    const provider = await cite([{ url: vendorSourceUrl, title: `FAQ](${reviewSiteUrl}) [mehr` }])
    expect(errorOf(provider.citations?.[0])).toMatchObject({ field: 'citations.0.title' })
    expect((await submitErrorOf(provider.id))?.message).toContain('legit-grade.example')
  })

  it('marks a stored citation moved to a review site as an error', async () => {
    const provider = await cite([{ url: 'https://getsession.org/download' }])
    const citations = provider.citations?.map((row) => ({ ...row, url: reviewSiteUrl }))
    const moved = await update(provider.id, { citations })
    expect(errorOf(moved.citations?.[0])).toMatchObject({ field: 'citations.0.url' })
  })

  it('refuses to publish a rejected entry whoever saves it, a system call included', async () => {
    const provider = await cite([{ url: reviewSiteUrl }])
    const [error] = await fieldErrorsOf(
      payload.update({
        collection: 'providers',
        id: provider.id,
        data: { _status: 'published' },
        draft: false,
      }),
    )
    expect(error?.path).toBe('citations.0.url')
    const published = await payload.find({
      collection: 'providers',
      where: { and: [{ id: { equals: provider.id } }, { _status: { equals: 'published' } }] },
    })
    expect(published.totalDocs).toBe(0)
  })

  it('judges an audit report like a citation', async () => {
    const audits: Partial<Audit>[] = [{ title: 'Quarkslab', reportUrl: auditPdf }]
    const rejected = await createProvider({ audits })
    expect(errorOf(rejected.audits?.[0])).toMatchObject({ field: 'audits.0.reportUrl' })
    const linked = await createProvider({ audits: [{ ...audits[0], linkedFrom: vendorSourceUrl }] })
    expect(linked.audits?.[0]?.verdict).toBe('linked')
  })

  it('drops a raw line a person sends: only the importer writes it', async () => {
    const provider = await cite([{ url: vendorSourceUrl, rawLine: `[Review](${reviewSiteUrl})` }])
    expect(provider.citations?.[0]?.rawLine ?? null).toBeNull()
  })

  it('judges against the vendor domains of the same revision, so a removed domain rejects its citations', async () => {
    const provider = await createProvider({ vendorDomains: ['legit-grade.example'] })
    const cited = await update(provider.id, { citations: [{ url: reviewSiteUrl }] })
    expect(cited.citations?.[0]?.verdict).toBe('primary')
    const reverted = await update(provider.id, { vendorDomains: [] })
    expect(reverted.citations?.[0]).toMatchObject({ verdict: 'rejected' })
  })
})

describe('the importer keeps what the rule rejects', () => {
  const asImport = { isImport: true }

  it('stores a line without a URL as rejected with its raw line and the malformed finding', async () => {
    const rawLine = 'Offizielle FAQ (siehe App)'
    const provider = await createProvider({ citations: [{ rawLine, title: rawLine }] }, asImport)
    expect(provider.citations?.[0]).toMatchObject({ verdict: 'rejected', rawLine })
    expect(provider.citations?.[0]?.findings).toEqual([
      expect.objectContaining({ code: 'source.malformed' }),
    ])
  })

  it('makes the help-centre articles primary once sessionapp.zendesk.com is a vendor domain', async () => {
    const provider = await createProvider({ citations: [{ url: zendeskArticle }] }, asImport)
    expect(provider.citations?.[0]?.verdict).toBe('rejected')
    const judged = await update(provider.id, { vendorDomains: ['sessionapp.zendesk.com'] })
    expect(judged.citations?.[0]).toMatchObject({ verdict: 'primary', findings: [] })
  })

  it('lets an editor save other fields while an imported citation stays rejected', async () => {
    const provider = await createProvider({ citations: [{ url: reviewSiteUrl }] }, asImport)
    const saved = await update(provider.id, { description: 'Ergänzt.' })
    expect(saved.citations?.[0]?.verdict).toBe('rejected')
  })

  it('refuses a shared platform as a whole vendor domain', async () => {
    const provider = await createProvider()
    const [error] = await fieldErrorsOf(update(provider.id, { vendorDomains: ['github.com'] }))
    expect(error?.path).toBe('vendorDomains')
    expect(error?.message).toContain('github.com teilen sich viele Anbieter')
  })
})

describe('the source registry', () => {
  it('holds one entry per cited document however many profiles cite it', async () => {
    const first = await cite([{ url: 'https://getsession.org/faq#push' }])
    const second = await cite([{ url: 'https://GetSession.org/faq' }])
    const { docs } = await payload.find({
      collection: 'sources',
      where: { url: { equals: 'https://getsession.org/faq' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(idOf(first.citations?.[0]?.source)).toBe(docs[0]?.id)
    expect(idOf(second.citations?.[0]?.source)).toBe(docs[0]?.id)
  })

  it('registers the vendor page that links a third-party document', async () => {
    await cite([{ url: auditPdf, linkedFrom: 'https://getsession.org/faq-audits' }])
    const { totalDocs } = await payload.count({
      collection: 'sources',
      where: { url: { in: [auditPdf, 'https://getsession.org/faq-audits'] } },
    })
    expect(totalDocs).toBe(2)
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

  it('saves a draft with a review site (201) and answers its submission with 400 naming the host and the vendor domains', async () => {
    const response = await client.request(
      'POST',
      '/api/providers',
      sessionProviderData({ citations: [{ url: reviewSiteUrl }] }),
    )
    expect(response.status).toBe(201)
    expect(response.body.doc.citations[0].verdict).toBe('rejected')
    const submitted = await client.request('PATCH', `/api/providers/${response.body.doc.id}`, {
      reviewState: 'in_review',
    })
    expect(submitted.status).toBe(400)
    const [error] = submitted.body.errors[0].data.errors
    expect(error.path).toBe('reviewState')
    expect(error.message).toContain('legit-grade.example')
    expect(error.message).toContain('getsession.org')
  })

  it.each([
    ['X', 'https://x.com', 'https://x.com/en/privacy'],
    ['Threads', 'https://www.threads.net', 'https://www.threads.net/legal/terms'],
    ['Reddit', 'https://www.reddit.com', 'https://www.reddit.com/policies/privacy-policy'],
  ])(
    'lets the profile of %s cite its own pages on its shared host and submits it (200)',
    async (name, website, url) => {
      const created = await client.request('POST', '/api/providers', {
        ...sessionProviderData({ slug: `platform-${name.toLowerCase()}`, name }),
        website,
        repo: '',
        privacy: url,
        terms: url,
        transparency: '',
        citations: [{ url }],
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.citations[0]).toMatchObject({ verdict: 'primary', findings: [] })
      const submitted = await client.request('PATCH', `/api/providers/${created.body.doc.id}`, {
        reviewState: 'in_review',
      })
      expect(submitted.status).toBe(200)
    },
  )

  it('keeps a page of X as a rejected entry of another vendor’s profile', async () => {
    const created = await client.request(
      'POST',
      '/api/providers',
      sessionProviderData({ slug: 'not-x', citations: [{ url: 'https://x.com/en/privacy' }] }),
    )
    expect(created.body.doc.citations[0]).toMatchObject({ verdict: 'rejected' })
    const submitted = await client.request('PATCH', `/api/providers/${created.body.doc.id}`, {
      reviewState: 'in_review',
    })
    expect(submitted.status).toBe(400)
    expect(submitted.body.errors[0].data.errors[0].message).toContain('x.com')
  })

  it('keeps a review site added through GraphQL as a rejected draft entry, never published', async () => {
    const created = await client.request(
      'POST',
      '/api/providers',
      sessionProviderData({ slug: 'gql' }),
    )
    const response = await client.request('POST', '/api/graphql', {
      query: `mutation { updateProvider(id: "${created.body.doc.id}", data: { citations: [{ url: "${reviewSiteUrl}" }] }) { id } }`,
    })
    expect(response.body.errors).toBeUndefined()
    const stored = await client.request('GET', `/api/providers/${created.body.doc.id}?draft=true`)
    expect(stored.body.citations[0]).toMatchObject({ verdict: 'rejected' })
    const published = await client.request('GET', `/api/providers/${created.body.doc.id}`)
    expect(published.body._status).toBe('draft')
  })
})
