/**
 * A real HTTPS stand-in of a vendor's site on 127.0.0.1, with a certificate for the
 * vendor's host names signed by the test CA that `tests/helpers/testCa.ts` put into
 * `NODE_EXTRA_CA_CERTS` (or, with `isTrusted: false`, a self-signed one nobody trusts).
 * The fetcher reaches it through `connectTo`, the same rules `SOURCE_WATCH_CONNECT_TO`
 * gives in staging. Routes are keyed by `host/path` or by path alone.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TLSSocket } from 'node:tls'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { parseConnectTo } from '../../src/watch/connectTo'
import type { ConnectToRule } from '../../src/watch/connectTo'
import { tlsDirVariable } from './testCa'

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

/** One request as the site saw it; times from `performance.now()` in this process. */
export type SiteRequest = {
  host: string
  /** The TLS server name (SNI) the client sent. */
  servername: string | false
  path: string
  headers: IncomingHttpHeaders
  arrivedAt: number
  /**
   * When the route called `end()`: the client cannot have the whole answer before. (The
   * response's `close` event can come later than the client's reading, in this one process.)
   */
  endedAt: number | null
}

export type TlsSite = {
  port: number
  /** Rules mapping `hosts` on port 443 onto this site. */
  connectTo: ConnectToRule[]
  requests: SiteRequest[]
  /** TCP connections accepted, including those whose TLS handshake failed. */
  connections: () => number
  close: () => Promise<void>
}

/** The vendor host names the tests map onto the site. */
export const siteHosts = [
  'getsession.org',
  'www.getsession.org',
  'a.getsession.org',
  'b.getsession.org',
  'session.foundation',
  'other.example',
  'telegram.org',
  'www.spotify.com',
  'www.threads.net',
]

const tlsFile = (name: string) => {
  const dir = process.env[tlsDirVariable]
  if (!dir) throw new Error(`${tlsDirVariable} is unset: run under the unit project's globalSetup`)
  return readFileSync(path.join(dir, name))
}

export const startTlsSite = async ({
  routes,
  isTrusted = true,
}: {
  routes: Record<string, Route>
  isTrusted?: boolean
}): Promise<TlsSite> => {
  const name = isTrusted ? 'site' : 'rogue'
  const requests: SiteRequest[] = []
  const server = createServer(
    { key: tlsFile(`${name}.key`), cert: tlsFile(`${name}.crt`) },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '')
      const seen: SiteRequest = {
        host,
        servername: (request.socket as TLSSocket).servername ?? false,
        path: request.url ?? '',
        headers: request.headers,
        arrivedAt: performance.now(),
        endedAt: null,
      }
      requests.push(seen)
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
      response.end = ((...args: unknown[]) => {
        seen.endedAt = performance.now()
        return end(...args)
      }) as ServerResponse['end']
      const route = routes[`${host}${seen.path}`] ?? routes[seen.path] ?? notFound
      void Promise.resolve(route(request, response)).catch((error: Error) =>
        response.destroy(error),
      )
    },
  )
  let connections = 0
  server.on('connection', () => (connections += 1))
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const parsed = parseConnectTo(siteHosts.map((host) => `${host}:443:127.0.0.1:${port}`).join(','))
  if (!parsed.isValid) throw new Error(parsed.problems.join('; '))
  return {
    port,
    connectTo: parsed.rules,
    requests,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const notFound: Route = (_request, response) => {
  response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>')
}

export const page =
  (
    body: string | Buffer,
    type = 'text/html; charset=utf-8',
    headers: Record<string, string> = {},
  ): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type, ...headers }).end(body)
  }

export const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location }).end()
  }

/** Answers 304 to a request that names the current ETag or a later `If-Modified-Since`. */
export const validated =
  ({ body, etag, lastModified }: { body: string; etag: string; lastModified: string }): Route =>
  (request, response) => {
    const isFresh =
      request.headers['if-none-match'] === etag ||
      request.headers['if-modified-since'] === lastModified
    const headers = { etag, 'last-modified': lastModified }
    if (isFresh) response.writeHead(304, headers).end()
    else
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(body)
  }

/** Sends the headers, then nothing for `ms` (the connection closing ends the wait). */
export const slow =
  (ms: number): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.write('<p>')
    const timer = setTimeout(() => response.end('late</p>'), ms)
    response.on('close', () => clearTimeout(timer))
  }

/** `bytes` of HTML in 64 KiB chunks, with or without a `Content-Length`. */
export const huge =
  ({ bytes, hasLength }: { bytes: number; hasLength: boolean }): Route =>
  (_request, response) => {
    const headers: Record<string, string | number> = { 'content-type': 'text/html' }
    if (hasLength) headers['content-length'] = bytes
    response.writeHead(200, headers)
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const pump = () => {
      while (sent < bytes && !response.destroyed) {
        const size = Math.min(chunk.length, bytes - sent)
        sent += size
        if (!response.write(chunk.subarray(0, size))) return void response.once('drain', pump)
      }
      response.end()
    }
    pump()
  }
