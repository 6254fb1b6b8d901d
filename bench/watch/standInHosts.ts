/**
 * The watch bench's stand-in vendor hosts: one real HTTPS server on 127.0.0.1 that
 * answers for `vendor-01.bench.test` … `vendor-NN.bench.test` (by SNI and `Host`), with a
 * certificate for exactly those names signed by a throwaway CA
 * (`issueSiteCertificate` of `tests/helpers/testCa.ts`, with `openssl`). A bench child
 * trusts it through `NODE_EXTRA_CA_CERTS` and reaches it through
 * `SOURCE_WATCH_CONNECT_TO`; both are read only at process start, so the parent starts
 * the server and passes them in the child's environment. `serveVersion` switches every
 * document to a revision of its text (`policyPage`), from the next request on.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { issueSiteCertificate } from '../../tests/helpers/testCa'
import { benchDir } from '../benchDir'
import { policyPage } from './policyPage'

export type StandInHosts = {
  hosts: string[]
  /** Every document URL, host by host: `https://vendor-NN.bench.test/doc-MM`. */
  urls: string[]
  /** Total bytes of all documents. */
  bytes: number
  /** The child's `NODE_EXTRA_CA_CERTS` and `SOURCE_WATCH_CONNECT_TO`. */
  env: { NODE_EXTRA_CA_CERTS: string; SOURCE_WATCH_CONNECT_TO: string }
  /** Requests answered so far (200 and 404). */
  requests: () => number
  /** Serves revision `version` of every document from now on (0: as first served). */
  serveVersion: (version: number) => void
  close: () => Promise<void>
}

const pad = (value: number) => String(value).padStart(2, '0')

export const hostName = (index: number): string => `vendor-${pad(index + 1)}.bench.test`

export const docPath = (doc: number): string => `/doc-${pad(doc + 1)}`

export const startStandInHosts = async ({
  hostCount,
  docsPerHost,
}: {
  hostCount: number
  docsPerHost: number
}): Promise<StandInHosts> => {
  const hosts = Array.from({ length: hostCount }, (_, index) => hostName(index))
  const dir = path.join(benchDir, 'watch-tls')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const { caFile, keyFile, certFile } = issueSiteCertificate({ dir, names: hosts })
  const earlier = process.env.NODE_EXTRA_CA_CERTS
  const bundle = [readFileSync(caFile, 'utf8')]
  if (earlier && existsSync(earlier)) bundle.push(readFileSync(earlier, 'utf8'))
  const trusted = path.join(dir, 'trusted.pem')
  writeFileSync(trusted, bundle.join('\n'))

  const documentsOf = (version: number) => {
    const documents = new Map<string, Buffer>()
    hosts.forEach((host, hostIndex) => {
      for (let doc = 0; doc < docsPerHost; doc += 1) {
        const page = policyPage({ host, hostIndex, doc, version })
        documents.set(`${host}${docPath(doc)}`, Buffer.from(page))
      }
    })
    return documents
  }
  const first = documentsOf(0)
  let documents = first
  let requests = 0
  const server = createServer(
    { key: readFileSync(keyFile), cert: readFileSync(certFile) },
    (request, response) => {
      requests += 1
      const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
      const body = documents.get(`${host}${request.url ?? ''}`)
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>')
        return
      }
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': body.length,
          'cache-control': 'no-cache',
        })
        .end(body)
    },
  )
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    hosts,
    urls: [...first.keys()].map((key) => `https://${key}`),
    bytes: [...first.values()].reduce((sum, body) => sum + body.length, 0),
    env: {
      NODE_EXTRA_CA_CERTS: trusted,
      SOURCE_WATCH_CONNECT_TO: hosts.map((host) => `${host}:443:127.0.0.1:${port}`).join(','),
    },
    requests: () => requests,
    serveVersion: (version) => {
      documents = version === 0 ? first : documentsOf(version)
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
