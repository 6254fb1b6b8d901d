/**
 * Quoting a citation that has no stored text yet, over the real REST API (the desk's
 * Express app in this process, on a SQLite file of its own): the document is fetched on
 * demand through the watch's fetcher from a TLS stand-in of the vendor's host, recorded
 * as the watch records it, and the quote anchored, in the PATCH that adds the citation. A
 * fetch that fails is a 400 in the asker's language, and the fetch holds no database write.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp, listen } from '../../src/server'
import type { RestClient } from '../helpers/rest'
import { login } from '../helpers/rest'
import { guardDials } from '../helpers/dialGuard'
import { sessionProviderData } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import type { TestEnv } from '../helpers/testEnv'
import type { Route, TlsSite } from '../helpers/tlsSite'
import { page, redirect, startTlsSite } from '../helpers/tlsSite'
import { createLocalUser, testPassword } from '../helpers/users'

const policyUrl = 'https://getsession.org/privacy-policy'
const termsUrl = 'https://getsession.org/terms-of-service'
const noLogs = 'Session does not store IP addresses or any other metadata of its users.'
const policy = `<main><h1>Privacy Policy</h1><p>${noLogs}</p><p>We keep nothing else.</p></main>`
const terms = '<main><p>You must be 13 years or older to use Session.</p></main>'

/** Answers after `ms`: a vendor that takes its time. */
const late =
  (ms: number, body: string): Route =>
  (_request, response) => {
    const timer = setTimeout(() => page(body)(_request, response), ms)
    response.on('close', () => clearTimeout(timer))
  }

const routes: Record<string, Route> = {
  'getsession.org/privacy-policy': page(policy),
  'getsession.org/intern': redirect('https://127.0.0.1:1/admin'),
}
let site: TlsSite
let payload: Payload
let testEnv: TestEnv
let server: Server
let editor: RestClient
let englishEditor: RestClient
let sessionId: string
let otherId: string
let dials: ReturnType<typeof guardDials>

const patch = (id: string, body: unknown) =>
  editor.request('PATCH', `/api/providers/${id}?draft=true&depth=0`, body)

const citing = (url: string, quote: string) => ({
  citations: [{ url, title: 'Dokument', kind: 'policy' }],
  evidence: [{ claim: 'Logs', url, quote }],
})

beforeAll(async () => {
  dials = guardDials()
  site = await startTlsSite({ routes })
  // The desk's fetcher comes from the environment, read once when Payload opens.
  process.env.SOURCE_WATCH_CONNECT_TO = site.connectTo
    .map((rule) => `${rule.fromHost}:${rule.fromPort}:${rule.toAddress}:${rule.toPort}`)
    .join(',')
  ;({ payload, testEnv } = await openTestPayload('evidence-fetch'))
  const app = createApp({
    payload,
    nextHandler: (_req, res) => void res.status(404).end(),
    publicUrl: 'http://127.0.0.1',
  })
  server = await listen(app, 0)
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const person = await createLocalUser({ payload, email: 'editor@example.test', roles: ['editor'] })
  editor = await login(baseUrl, 'editor@example.test', testPassword)
  const english = await createLocalUser({ payload, email: 'en@example.test', roles: ['editor'] })
  await payload.update({ collection: 'users', id: english.id, data: { language: 'en' } })
  englishEditor = await login(baseUrl, 'en@example.test', testPassword)
  for (const [slug, name] of [
    ['session', 'Session'],
    ['session-desktop', 'Session Desktop'],
  ]) {
    const created = await payload.create({
      collection: 'providers',
      data: sessionProviderData({ slug, name }) as never,
      user: person,
      overrideAccess: false,
    })
    if (slug === 'session') sessionId = String(created.id)
    else otherId = String(created.id)
  }
}, 180_000)

afterAll(async () => {
  delete process.env.SOURCE_WATCH_CONNECT_TO
  await new Promise((resolve) => server?.close(resolve))
  dials?.restore()
  await site?.close()
  if (payload) await closeTestPayload({ payload, testEnv })
})

describe('quoting a citation added in the same save', () => {
  it('fetches the document, records it as the watch does, and anchors the quote', async () => {
    const { status, body } = await patch(sessionId, citing(policyUrl, noLogs))
    expect(status).toBe(200)
    expect(body.doc.evidence[0].anchor).toMatchObject({
      exact: noLogs,
      snapshot: expect.any(String),
    })
    const { docs } = await payload.find({
      collection: 'sources',
      where: { url: { equals: policyUrl } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      watchStatus: 'new',
      snapshot: body.doc.evidence[0].anchor.snapshot,
    })
    const fetched = site.requests.filter((request) => request.path === '/privacy-policy')
    expect(fetched).toHaveLength(1)
    expect(fetched[0]?.headers['accept-language']).toBe('de-DE,de;q=0.9,en;q=0.8')
  })

  it.each([
    { name: 'audits sent as a row count, as the admin sends an empty list', extra: { audits: 0 } },
    { name: 'citations that are no list', extra: { citations: 'keine' } },
    { name: 'evidence entries that are no objects', extra: { evidence: [null, 5] } },
  ])(
    'never answers 500 for $name (the fetch before the save reads the raw body)',
    async ({ extra }) => {
      const { status } = await patch(sessionId, { ...citing(policyUrl, noLogs), ...extra })
      expect(status).toBeLessThan(500)
    },
  )

  it('answers a 404 of the document with 400 on evidence.0.url, in German, and saves nothing', async () => {
    const gone = 'https://getsession.org/gone'
    const { status, body } = await patch(otherId, citing(gone, noLogs))
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'evidence.0.url',
        message: `${gone} konnte für das Zitat nicht abgerufen werden: Der Server antwortete mit HTTP 404 (Seite nicht gefunden). Prüf die Adresse im Browser, korrigier die Quelle und speichere das Zitat dann erneut.`,
      }),
    ])
    const draft = await payload.findByID({ collection: 'providers', id: otherId, draft: true })
    expect(draft.citations ?? []).toEqual([])
  })

  it('says it in English to an editor who chose English', async () => {
    const gone = 'https://getsession.org/gone'
    const { status, body } = await englishEditor.request(
      'PATCH',
      `/api/providers/${otherId}?draft=true`,
      citing(gone, noLogs),
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].message).toBe(
      `${gone} could not be fetched for the quote: the server answered HTTP 404 (page not found). Check the address in a browser, correct the source, then save the quote again.`,
    )
  })

  it('answers an address that leads outside the public network with 400, never fetching it', async () => {
    const { status, body } = await patch(otherId, citing('https://getsession.org/intern', noLogs))
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'evidence.0.url',
      message: expect.stringContaining('führt in kein öffentliches Netz'),
    })
    expect(dials.dials.some((dial) => dial.port === 1)).toBe(false)
  })

  it('holds no database write while it fetches: another save goes through meanwhile', async () => {
    routes['getsession.org/terms-of-service'] = late(1_500, terms)
    const quoting = patch(otherId, citing(termsUrl, 'You must be 13 years or older'))
    while (!site.requests.some((request) => request.path === '/terms-of-service')) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const other = await patch(sessionId, { description: 'Messenger ohne Telefonnummer, neu.' })
    expect(other.status).toBe(200)
    const fetch = site.requests.find((request) => request.path === '/terms-of-service')
    // The other save finished while the vendor had not answered yet.
    expect(fetch?.endedAt).toBeNull()
    const quoted = await quoting
    expect(quoted.status).toBe(200)
    expect(quoted.body.doc.evidence[0].anchor.exact).toBe('You must be 13 years or older')
  })
})
