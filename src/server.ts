import type { Server } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import compression from 'compression'
import express from 'express'
import type { Express, Request as ExpressRequest, RequestHandler, Response } from 'express'
import helmet from 'helmet'

import { guideLanguageOf, renderGuide } from './guide/guidePage'
import { handleEndpoints } from 'payload'
import type { Payload } from 'payload'

import { requestScope } from './db/sqlite'
import { isHttps } from './env'
import { languageFrom, message, render } from './i18n/messages'
import { screenApiRequest } from './screenApiRequest'

/** The largest request body the API takes, REST and GraphQL alike (the site's pages are a few kB). */
export const apiBodyLimitBytes = 2 * 1024 * 1024

/** A refusal before Payload sees the request, in Payload's error shape (with its code, if any). */
const refuse = (res: Response, status: 400 | 411 | 413, message: string, code?: string) =>
  res.status(status).json({ errors: [{ ...(code ? { code } : {}), message }] })

/**
 * One body limit for everything under /api, checked on the declared length before
 * Next or Payload read a byte. Node's parser never delivers more than Content-Length,
 * so a body without one (chunked) is refused: there would be nothing to check.
 */
const limitApiBodies: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  const declared = req.headers['content-length']
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return next()
    return refuse(res, 411, 'Send the request body with a Content-Length header.')
  }
  if (Number(declared) > apiBodyLimitBytes) {
    return refuse(
      res,
      413,
      `The request body is larger than the API takes (${apiBodyLimitBytes / 1024 / 1024} MB).`,
    )
  }
  return next()
}

/** Express's request as a Fetch request: the same URL, method, headers and body stream. */
const fetchRequestOf = (req: ExpressRequest): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const init: RequestInit & { duplex?: 'half' } = {
    // A HEAD is answered as its GET is, without the body (as Next's routes do).
    method: req.method === 'HEAD' ? 'GET' : req.method,
    headers,
    // A JSON body was read by `screenApiRequest`; any other streams on (Node's fetch must be told).
    ...(hasBody
      ? Buffer.isBuffer(req.body)
        ? { body: new Uint8Array(req.body) }
        : { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' }
      : {}),
  }
  return new Request(
    new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`),
    init,
  )
}

/** Whether every `%` escape in a path is valid UTF-8 percent-encoding. */
const isDecodable = (path: string): boolean => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/** A Fetch response written to Express's: status, headers (every cookie), then the body. */
const send = async (response: globalThis.Response, req: ExpressRequest, res: Response) => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body || req.method === 'HEAD') {
    await response.body?.cancel()
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res)
}

/**
 * Payload's REST API served by Express itself: `handleEndpoints`, the one call Next's
 * API route makes (`@payloadcms/next/routes`), without Next's app router in between; a
 * REST list costs about a fifth less CPU this way (docs/benchmarks.md). Compressed as
 * Next compresses. GraphQL and its playground stay with Next, as does the admin.
 */
const servePayloadRest = (payload: Payload): RequestHandler => {
  const { graphQL, graphQLPlayground } = payload.config.routes
  const nextRoutes = new Set([graphQL, graphQLPlayground])
  const compress = compression()
  const answer: RequestHandler = async (req, res, next) => {
    try {
      const response = await handleEndpoints({
        config: payload.config,
        request: fetchRequestOf(req),
      })
      await send(response, req, res)
    } catch (err) {
      // A client that went away mid-answer leaves nothing to answer.
      if (res.headersSent) res.destroy()
      else next(err)
    }
  }
  return (req, res, next) => {
    if (nextRoutes.has(req.path.replace(/\/$/, ''))) return next()
    // Payload's router decodes the path's segments and would answer a bad escape with a 500.
    if (!isDecodable(req.path)) {
      const language = languageFrom(req.acceptsLanguages('de', 'en') || undefined)
      refuse(res, 400, render(language, message('http.bad-path', {})), 'http.bad-path')
      return
    }
    void screenApiRequest(req, res, () => compress(req, res, () => void answer(req, res, next)))
  }
}

/**
 * The HTTP entry: health and readiness first, security headers on everything
 * (HSTS when `publicUrl` is https), the API body limit, Payload's REST API under /api,
 * then every other request to Next (the admin, GraphQL). `createApp` does not listen,
 * so tests can mount it as they like.
 */
export const createApp = ({
  payload,
  nextHandler,
  publicUrl,
}: {
  payload: Payload
  nextHandler: RequestHandler
  /** `PUBLIC_URL`: served over https (behind a TLS proxy), browsers are told to stay on https. */
  publicUrl: string
}): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  // Each request in a scope of its own: a write never waits for its own transaction (src/db/sqlite.ts).
  app.use((_req, _res, next) => requestScope.run({}, next))

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' })
  })

  app.get('/readyz', async (_req, res) => {
    try {
      await payload.count({ collection: 'users', overrideAccess: true })
      res.status(200).json({ status: 'ready' })
    } catch (err) {
      payload.logger.error({ msg: 'readiness check: database did not answer', err })
      res.status(503).json({ status: 'unavailable', error: 'database did not answer' })
    }
  })

  app.use(
    helmet({
      // The admin is a React app with inline styles and Next's inline bootstrap scripts.
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: isHttps(publicUrl)
        ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false }
        : false,
    }),
  )
  app.use('/api', limitApiBodies)

  app.get('/', (_req, res) => {
    res.redirect(302, '/admin')
  })

  // The team's guide, linked from the dashboard (src/guide/guidePage.ts).
  app.get('/anleitung', async (req, res, next) => {
    try {
      const language = guideLanguageOf(req.query.lang, req.get('accept-language'))
      res.type('html').send(await renderGuide(language))
    } catch (err) {
      next(err)
    }
  })

  app.use('/api', servePayloadRest(payload))
  app.all('/{*splat}', nextHandler)
  return app
}

export const listen = (app: Express, port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = app.listen(port)
    server.once('listening', () => resolve(server))
    server.once('error', reject)
  })
