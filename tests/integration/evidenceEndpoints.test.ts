/**
 * The endpoints behind the admin's evidence views on the real server: the stored text of
 * a cited document for the passage picker, whether a quote is in it (the save's
 * tolerance), and each entry's state after the vendor changed the document. Real
 * versions of Telegram's privacy policy (tests/fixtures/ota) on a TLS stand-in.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { micromark } from 'micromark'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import type { TlsSite } from '../helpers/tlsSite'
import { runCli } from '../helpers/cli'
import { restClient } from '../helpers/rest'
import { startServer } from '../helpers/startServer'
import { page, startTlsSite } from '../helpers/tlsSite'
import { createUsers } from '../helpers/users'

const policyUrl = 'https://telegram.org/privacy/de'
/** Cited, but the stand-in has no such page: the watch stores no text of it. */
const unfetchedUrl = 'https://telegram.org/tos/de'
const inactivity =
  'Wenn du Telegram nicht mehr verwenden willst und mindestens 6 Monate lang nicht online bist, wird dein Konto mit allen Nachrichten, Medien, Kontakten und allen anderen Daten, die du in der Telegram Cloud gespeichert hast, standardmäßig gelöscht.'

const version = (file: string) =>
  micromark(readFileSync(path.join(import.meta.dirname, '../fixtures/ota/Telegram', file), 'utf8'))

const routes: Parameters<typeof startTlsSite>[0]['routes'] = {}
let site: TlsSite
let server: RunningServer
let editor: RestClient
let providerId: string
let watchEnv: Record<string, string>

const get = (pathAndQuery: string, client: RestClient = editor) =>
  client.request('GET', `/api/providers/${providerId}${pathAndQuery}`)

const textOf = (url: string) => get(`/evidence-text?url=${encodeURIComponent(url)}`)
const quoteIn = (url: string, quote: string) =>
  get(`/evidence-quote?url=${encodeURIComponent(url)}&quote=${encodeURIComponent(quote)}`)

beforeAll(async () => {
  routes['telegram.org/privacy/de'] = page(version('012_2024-09-26_c318fccb.md'))
  site = await startTlsSite({ routes })
  const connectTo = site.connectTo
    .map((rule) => `${rule.fromHost}:${rule.fromPort}:${rule.toAddress}:${rule.toPort}`)
    .join(',')
  // The server fetches a document on demand for the picker: through the stand-in only.
  server = await startServer({
    name: 'evidence-endpoints',
    env: { SOURCE_WATCH_CONNECT_TO: connectTo },
  })
  watchEnv = {
    ...server.testEnv.vars,
    SOURCE_WATCH_CONNECT_TO: connectTo,
    SOURCE_WATCH_PAUSE_MS: '0',
  }
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [{ email: 'edda@example.test', roles: ['editor'] }],
  })
  editor = clients['edda@example.test']!
  const created = await editor.request('POST', '/api/providers', {
    name: 'Telegram',
    slug: 'telegram',
    category: 'Messenger',
    website: 'https://telegram.org',
    privacy: policyUrl,
    citations: [
      { url: policyUrl, title: 'Datenschutzerklärung', kind: 'policy' },
      { url: unfetchedUrl, title: 'Nutzungsbedingungen', kind: 'terms' },
    ],
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  providerId = created.body.doc.id
  await runCli({ args: ['watch', '--json'], env: watchEnv })
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await site?.close()
})

describe('the evidence endpoints', () => {
  it('refuses anonymous requests', async () => {
    const anonymous = restClient(server.url)
    for (const endpoint of ['/evidence', `/evidence-text?url=${policyUrl}`, '/evidence-quote']) {
      expect((await get(endpoint, anonymous)).status, endpoint).toBe(403)
    }
  })

  it('answers 404 for an unknown provider', async () => {
    const response = await editor.request(
      'GET',
      `/api/providers/00000000-0000-4000-8000-000000000000/evidence-text?url=${policyUrl}`,
    )
    expect(response.status).toBe(404)
  })

  it('returns the stored text of a cited document', async () => {
    const response = await textOf(policyUrl)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'stored', fetchedAt: expect.any(String) })
    expect(response.body.text).toContain(inactivity)
  })

  it('says there is no text for a document the revision does not cite', async () => {
    expect((await textOf('https://telegram.org/faq')).body).toEqual({
      status: 'missing',
      reason: null,
    })
  })

  it('fetches a cited document without stored text on demand, and says why when it cannot', async () => {
    // The vendor answers 404 (as it did to the watch): no text, the reason in German.
    const refused = await textOf(unfetchedUrl)
    expect(refused.body).toMatchObject({ status: 'missing' })
    expect(refused.body.reason).toContain(
      `${unfetchedUrl} konnte für das Zitat nicht abgerufen werden: Der Server antwortete mit HTTP 404 (Seite nicht gefunden).`,
    )
    // The typing check never fetches: it reads what is stored.
    routes['telegram.org/tos/de'] = page('<h1>Nutzungsbedingungen</h1><p>Sei nett zueinander.</p>')
    expect((await quoteIn(unfetchedUrl, 'Sei nett')).body).toEqual({ status: 'missing' })
    // Now the vendor has the page: the picker's read fetches and records it.
    const fetched = await textOf(unfetchedUrl)
    expect(fetched.body).toMatchObject({ status: 'stored', fetchedAt: expect.any(String) })
    expect(fetched.body.text).toContain('Sei nett zueinander.')
    expect((await quoteIn(unfetchedUrl, 'sei nett zueinander')).body).toMatchObject({
      status: 'stored',
      isFound: true,
    })
  })

  it.each([
    { name: 'verbatim', quote: inactivity, isFound: true },
    {
      name: 'with other whitespace, case and dashes',
      quote: 'wenn du telegram nicht mehr verwenden willst –\n und mindestens 6 Monate',
      isFound: true,
    },
    { name: 'with a digit changed', quote: 'mindestens 7 Monate lang', isFound: false },
  ])('finds a quote $name as the save does', async ({ quote, isFound }) => {
    expect((await quoteIn(policyUrl, quote)).body).toMatchObject({ status: 'stored', isFound })
  })

  it("gives each entry's state: holds, then edited with the passage as it is now", async () => {
    const saved = await editor.request('PATCH', `/api/providers/${providerId}?draft=true`, {
      evidence: [{ claim: 'Löschung nach Inaktivität', url: policyUrl, quote: inactivity }],
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const before = await get('/evidence')
    expect(before.body.entries).toMatchObject([
      { claim: 'Löschung nach Inaktivität', state: 'holds', anchored: { exact: inactivity } },
    ])

    routes['telegram.org/privacy/de'] = page(version('013_2024-09-30_c6bf7111.md'))
    await runCli({ args: ['watch', '--json'], env: watchEnv })
    const after = await get('/evidence')
    expect(after.body.entries).toMatchObject([
      {
        state: 'edited',
        anchored: { exact: inactivity },
        now: { exact: expect.stringMatching(/mindestens 18 Monate .* gelöscht\.$/) },
      },
    ])
  })
})
