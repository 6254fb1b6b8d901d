import net from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { parseConnectTo } from '../../../src/watch/connectTo'
import type { ConnectToRule } from '../../../src/watch/connectTo'
import { extractText } from '../../../src/watch/extractText'
import { createFetcher } from '../../../src/watch/fetcher'
import type { FetcherOptions, FetchResult } from '../../../src/watch/fetcher'
import type { Lookup } from '../../../src/watch/resolveTarget'
import { guardDials, startCanary } from '../../helpers/dialGuard'
import { inEnglish } from '../../helpers/inEnglish'
import { tinyPdf } from '../../helpers/tinyPdf'
import { huge, page, redirect, slow, startTlsSite, validated } from '../../helpers/tlsSite'
import type { Route, TlsSite } from '../../helpers/tlsSite'
import { vendorFaqHtml } from '../../helpers/vendorPage'

const publicUrl = 'https://desk.example.org'

/** A resolver that knows a few names and refuses the rest, so no test asks real DNS. */
const fakeDns =
  (names: Record<string, string[]>): Lookup =>
  async (hostname) => {
    const addresses = names[hostname]
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }

const names = {
  'intranet.getsession.org': ['10.0.0.5'],
  'mixed.getsession.org': ['93.184.215.14', '192.168.1.2'],
  'metadata.getsession.org': ['169.254.169.254'],
}

const guard = guardDials()
let canary: Awaited<ReturnType<typeof startCanary>>
let site: TlsSite
let fetcher: ReturnType<typeof createFetcher>

const fetcherFor = (options: Partial<FetcherOptions> & { connectTo: ConnectToRule[] }) =>
  createFetcher({ publicUrl, lookup: fakeDns(names), ...options })

const loop = (n: number): Route => redirect(`/loop/${n + 1}`)

const routes: Record<string, Route> = {
  '/faq': page(vendorFaqHtml(), 'text/html; charset=utf-8', { etag: '"v1"' }),
  '/validated': validated({
    body: vendorFaqHtml(),
    etag: '"faq-1"',
    lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT',
  }),
  '/always-304': (_request, response) => void response.writeHead(304, { etag: '"x"' }).end(),
  '/old-faq': redirect('/faq', 301),
  '/moved-away': redirect('https://session.foundation/faq'),
  '/to-loopback': () => undefined,
  '/to-site-address': () => undefined,
  '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
  '/to-metadata-name': redirect('https://metadata.getsession.org/'),
  '/to-ftp': redirect('ftp://getsession.org/faq.txt'),
  '/to-ipv6-loopback': redirect('https://[::1]/'),
  '/to-mapped-loopback': redirect('http://[::ffff:127.0.0.1]:8080/'),
  '/to-compatible-loopback': redirect('https://[::127.0.0.1]/'),
  '/to-private': redirect('http://192.168.178.1/admin'),
  '/missing': (_request, response) => void response.writeHead(404).end('gone'),
  '/broken': (_request, response) => void response.writeHead(503).end('down'),
  '/slow': slow(10_000),
  '/huge-with-length': huge({ bytes: 6 * 1024 * 1024, hasLength: true }),
  '/huge-chunked': huge({ bytes: 6 * 1024 * 1024, hasLength: false }),
  '/logo.png': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  '/untyped': (_request, response) => void response.writeHead(200).end('?'),
  '/policy.pdf': page(
    tinyPdf(['Datenschutzerklärung', 'Wir speichern keine IP-Adressen.']),
    'application/pdf',
  ),
  '/faq.txt': page('Intro\nSession is private.\n', 'text/plain; charset=utf-8'),
  ...Object.fromEntries(Array.from({ length: 7 }, (_, n) => [`/loop/${n}`, loop(n)])),
  '/loop/7': page('<p>end of the loop</p>'),
}

beforeAll(async () => {
  canary = await startCanary()
  site = await startTlsSite({ routes })
  routes['/to-loopback'] = redirect(`https://127.0.0.1:${canary.port}/`)
  routes['/to-site-address'] = redirect(`https://127.0.0.1:${site.port}/faq`)
  fetcher = fetcherFor({ connectTo: site.connectTo })
})

afterEach(() => {
  guard.dials.length = 0
})

afterAll(async () => {
  await fetcher.close()
  await site.close()
  await canary.close()
  guard.restore()
})

const fetchPath = (path: string, host = 'getsession.org') =>
  fetcher.fetchDocument({ url: `https://${host}${path}` })

const onlyOk = (result: FetchResult) => {
  if (result.outcome !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`)
  return result
}

describe('fetchDocument', () => {
  it('fetches the vendor page over TLS trusted through NODE_EXTRA_CA_CERTS', async () => {
    const result = onlyOk(await fetchPath('/faq'))
    expect(result).toMatchObject({
      url: 'https://getsession.org/faq',
      finalUrl: 'https://getsession.org/faq',
      redirects: [],
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      validators: { etag: '"v1"', lastModified: null },
      bytes: Buffer.byteLength(vendorFaqHtml()),
    })
    expect(result.body.toString()).toBe(vendorFaqHtml())
  })

  it('keeps the URL host for SNI and Host, names the desk in the User-Agent, and dials only the mapped address', async () => {
    const fresh = fetcherFor({ connectTo: site.connectTo })
    await fresh.fetchDocument({ url: 'https://getsession.org/faq' })
    await fresh.close()
    expect(site.requests.at(-1)).toMatchObject({
      host: 'getsession.org',
      servername: 'getsession.org',
      headers: { 'user-agent': `provider-desk source watch (+${publicUrl})` },
    })
    expect(guard.dials).toEqual([{ host: '127.0.0.1', port: site.port }])
  })

  it('asks for German first, and for the languages a source names instead', async () => {
    await fetcher.fetchDocument({ url: 'https://getsession.org/faq' })
    expect(site.requests.at(-1)?.headers['accept-language']).toBe('de-DE,de;q=0.9,en;q=0.8')
    await fetcher.fetchDocument({ url: 'https://getsession.org/faq', language: 'en-US, en' })
    expect(site.requests.at(-1)?.headers['accept-language']).toBe('en-US,en;q=0.9')
    // Not a list of language tags: the default, never a header made of what was typed.
    await fetcher.fetchDocument({ url: 'https://getsession.org/faq', language: 'en\r\nX-Evil: 1' })
    expect(site.requests.at(-1)?.headers['accept-language']).toBe('de-DE,de;q=0.9,en;q=0.8')
  })

  it('sends the validators it is given and reports a 304 as not-modified', async () => {
    const validators = { etag: '"faq-1"', lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT' }
    const result = await fetcher.fetchDocument({
      url: 'https://getsession.org/validated',
      validators,
    })
    expect(result).toMatchObject({ outcome: 'not-modified', status: 304, validators })
    expect(site.requests.at(-1)?.headers).toMatchObject({
      'if-none-match': '"faq-1"',
      'if-modified-since': 'Tue, 01 Dec 2026 08:00:00 GMT',
    })
  })

  it('fails a 304 to a request without validators as unexpected-304', async () => {
    expect(await fetchPath('/always-304')).toMatchObject({
      outcome: 'failed',
      code: 'unexpected-304',
      isTransient: false,
      message: inEnglish(
        'HTTP 304 to a request without validators (If-None-Match, If-Modified-Since)',
      ),
    })
    expect(site.requests.at(-1)?.headers).not.toHaveProperty('if-none-match')
    expect(site.requests.at(-1)?.headers).not.toHaveProperty('if-modified-since')
  })

  it('fetches in full with validators that no longer match', async () => {
    const validators = { etag: '"faq-0"', lastModified: null }
    const result = await fetcher.fetchDocument({
      url: 'https://getsession.org/validated',
      validators,
    })
    expect(result).toMatchObject({ outcome: 'ok', validators: { etag: '"faq-1"' } })
  })

  it('follows a redirect within the host and names every hop', async () => {
    expect(await fetchPath('/old-faq')).toMatchObject({
      outcome: 'ok',
      finalUrl: 'https://getsession.org/faq',
      redirects: [
        { from: 'https://getsession.org/old-faq', to: 'https://getsession.org/faq', status: 301 },
      ],
    })
  })

  it('follows a redirect to another host and reports where it ended, for the caller to judge', async () => {
    const result = await fetchPath('/moved-away')
    expect(result).toMatchObject({ outcome: 'ok', finalUrl: 'https://session.foundation/faq' })
    expect(site.requests.at(-1)).toMatchObject({ host: 'session.foundation', path: '/faq' })
  })

  it('refuses a redirect to 127.0.0.1 before connecting: only connect-to mappings reach loopback', async () => {
    expect(await fetchPath('/to-loopback')).toMatchObject({
      outcome: 'blocked',
      hop: 1,
      finalUrl: `https://127.0.0.1:${canary.port}/`,
      address: '127.0.0.1',
      range: 'loopback',
    })
    expect(canary.connections()).toBe(0)
    expect(guard.dials.filter((dial) => dial.port === canary.port)).toEqual([])
  })

  it('refuses a redirect to the mapped address itself when no rule maps the URL onto it', async () => {
    expect(await fetchPath('/to-site-address')).toMatchObject({
      outcome: 'blocked',
      hop: 1,
      range: 'loopback',
    })
  })

  it.each([
    { path: '/to-ipv6-loopback', address: '::1', range: 'loopback' },
    { path: '/to-mapped-loopback', address: '::ffff:7f00:1', range: 'loopback' },
    { path: '/to-compatible-loopback', address: '::7f00:1', range: 'ipv4Compatible' },
    { path: '/to-private', address: '192.168.178.1', range: 'private' },
  ])('refuses a redirect to $address without dialing it', async ({ path, address, range }) => {
    expect(await fetchPath(path)).toMatchObject({ outcome: 'blocked', hop: 1, address, range })
    expect(guard.dials.filter((dial) => dial.port !== site.port)).toEqual([])
  })

  it('refuses a redirect to 169.254.169.254 without ever dialing it', async () => {
    expect(await fetchPath('/to-metadata')).toMatchObject({
      outcome: 'blocked',
      hop: 1,
      host: '169.254.169.254',
      address: '169.254.169.254',
      range: 'cloudMetadata',
      message: inEnglish('169.254.169.254 is not a public address (cloudMetadata)'),
    })
    expect(guard.dials.filter((dial) => dial.host !== '127.0.0.1')).toEqual([])
  })

  it('refuses a redirect to a name that resolves to the metadata address', async () => {
    expect(await fetchPath('/to-metadata-name')).toMatchObject({
      outcome: 'blocked',
      hop: 1,
      host: 'metadata.getsession.org',
      range: 'cloudMetadata',
      message: inEnglish(
        'metadata.getsession.org resolves to 169.254.169.254, not a public address (cloudMetadata)',
      ),
    })
  })

  it('refuses a name that resolves to a private address, before any connection', async () => {
    expect(await fetchPath('/', 'intranet.getsession.org')).toMatchObject({
      outcome: 'blocked',
      hop: 0,
      host: 'intranet.getsession.org',
      address: '10.0.0.5',
      range: 'private',
    })
    expect(guard.dials).toEqual([])
  })

  it('refuses a name when any of its addresses is private', async () => {
    expect(await fetchPath('/', 'mixed.getsession.org')).toMatchObject({
      outcome: 'blocked',
      address: '192.168.1.2',
    })
    expect(guard.dials).toEqual([])
  })

  it('refuses a name that rebinds to a private address between the check and the connection', async () => {
    let answers = 0
    const rebinding: Lookup = async () => [
      { address: answers++ === 0 ? '93.184.215.14' : '10.0.0.5', family: 4 },
    ]
    const rebound = createFetcher({ publicUrl, lookup: rebinding, connectTo: site.connectTo })
    const result = await rebound.fetchDocument({ url: 'https://rebind.example/' })
    await rebound.close()
    expect(result).toMatchObject({
      outcome: 'blocked',
      hop: 0,
      address: '10.0.0.5',
      range: 'private',
    })
    expect(guard.dials).toEqual([])
  })

  it('fails after more than 5 redirects', async () => {
    expect(await fetchPath('/loop/1')).toMatchObject({
      outcome: 'failed',
      code: 'too-many-redirects',
      finalUrl: 'https://getsession.org/loop/6',
    })
  })

  it('follows 5 redirects', async () => {
    expect(await fetchPath('/loop/2')).toMatchObject({
      outcome: 'ok',
      finalUrl: 'https://getsession.org/loop/7',
    })
  })

  it.each([
    { path: '/missing', status: 404, isTransient: false },
    { path: '/broken', status: 503, isTransient: true },
  ])('reports HTTP $status as failed', async ({ path, status, isTransient }) => {
    expect(await fetchPath(path)).toMatchObject({
      outcome: 'failed',
      code: 'http-error',
      status,
      isTransient,
      message: inEnglish(`HTTP ${status}`),
    })
  })

  it('gives up on a slow answer after the total timeout', async () => {
    const impatient = fetcherFor({ connectTo: site.connectTo, totalTimeoutMs: 300 })
    const result = await impatient.fetchDocument({ url: 'https://getsession.org/slow' })
    await impatient.close()
    expect(result).toMatchObject({ outcome: 'failed', code: 'timeout', isTransient: true })
  })

  it.each([{ path: '/huge-with-length' }, { path: '/huge-chunked' }])(
    'refuses a body over 5 MB ($path)',
    async ({ path }) => {
      expect(await fetchPath(path)).toMatchObject({
        outcome: 'failed',
        code: 'too-large',
        message: inEnglish(`larger than ${5 * 1024 * 1024} bytes`),
      })
    },
  )

  it.each([
    { path: '/logo.png', message: 'image/png is not HTML, plain text or PDF' },
    { path: '/untyped', message: 'no content type is not HTML, plain text or PDF' },
  ])('refuses $path as an unsupported type', async ({ path, message }) => {
    expect(await fetchPath(path)).toMatchObject({
      outcome: 'failed',
      code: 'unsupported-type',
      message: inEnglish(message),
    })
  })

  it('fetches a PDF whose text can be extracted', async () => {
    const result = onlyOk(await fetchPath('/policy.pdf'))
    expect(result.contentType).toBe('application/pdf')
    expect(await extractText(result)).toMatchObject({
      text: 'Datenschutzerklärung\nWir speichern keine IP-Adressen.',
    })
  })

  it('fetches plain text', async () => {
    expect(await fetchPath('/faq.txt')).toMatchObject({ outcome: 'ok', contentType: 'text/plain' })
  })

  it.each([
    { url: 'ftp://getsession.org/faq.txt', code: 'unsupported-protocol' },
    { url: 'https://getsession.org/to-ftp', code: 'bad-redirect' },
    { url: 'not a url', code: 'bad-url' },
    { url: 'https://unknown.example/', code: 'dns' },
  ])('fails $url with $code', async ({ url, code }) => {
    expect(await fetcher.fetchDocument({ url })).toMatchObject({ outcome: 'failed', code })
  })

  it('fails a refused connection as a network failure', async () => {
    const closed = await startCanary()
    await closed.close()
    const rules = parseConnectTo(`closed.example:443:127.0.0.1:${closed.port}`)
    const toClosed = fetcherFor({ connectTo: rules.isValid ? rules.rules : [] })
    const result = await toClosed.fetchDocument({ url: 'https://closed.example/' })
    await toClosed.close()
    expect(result).toMatchObject({ outcome: 'failed', code: 'network', isTransient: true })
  })
})

describe('fetchDocument against a server that never completes the TLS handshake', () => {
  it('gives up after the connect timeout', async () => {
    const mute = await startCanary({ isMute: true })
    const rules = parseConnectTo(`getsession.org:443:127.0.0.1:${mute.port}`)
    const impatient = fetcherFor({
      connectTo: rules.isValid ? rules.rules : [],
      connectTimeoutMs: 200,
    })
    const result = await impatient.fetchDocument({ url: 'https://getsession.org/faq' })
    await impatient.close()
    await mute.close()
    expect(result).toMatchObject({ outcome: 'failed', code: 'timeout', isTransient: true })
    expect(result).toMatchObject({ message: inEnglish(/Connect Timeout/i) })
  })
})

describe('fetchDocument and bugs', () => {
  it('throws what is no expected failure, such as a broken resolver', async () => {
    const broken = createFetcher({
      publicUrl,
      lookup: async () => {
        throw new TypeError('resolver bug')
      },
    })
    await expect(broken.fetchDocument({ url: 'https://getsession.org/' })).rejects.toThrow(
      'resolver bug',
    )
    await broken.close()
  })
})

describe('the dial guard of these tests', () => {
  it('throws before dialing anything but loopback', () => {
    expect(() => net.connect({ host: '192.0.2.1', port: 9 })).toThrow(
      'a test tried to dial 192.0.2.1:9',
    )
  })
})

describe('fetchDocument against an untrusted certificate', () => {
  it('fails with a TLS code and sends no request', async () => {
    const rogue = await startTlsSite({ routes, isTrusted: false })
    const untrusting = fetcherFor({ connectTo: rogue.connectTo })
    const result = await untrusting.fetchDocument({ url: 'https://getsession.org/faq' })
    await untrusting.close()
    await rogue.close()
    expect(result).toMatchObject({ outcome: 'failed', code: 'tls', isTransient: false })
    expect(result).toMatchObject({ message: inEnglish(/SELF_SIGNED|UNABLE_TO_VERIFY/) })
    expect(rogue.requests).toEqual([])
  })
})
