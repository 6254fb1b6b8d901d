import type { Server } from 'node:http'
import express from 'express'
import type { Express, RequestHandler, Response } from 'express'
import helmet from 'helmet'
import type { Payload } from 'payload'

import { isHttps } from './env'

/** The largest request body the API takes, REST and GraphQL alike (the site's pages are a few kB). */
export const apiBodyLimitBytes = 2 * 1024 * 1024

const bodyRefusal = (res: Response, status: 411 | 413, message: string) =>
  res.status(status).json({ errors: [{ message }] })

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
    return bodyRefusal(res, 411, 'Send the request body with a Content-Length header.')
  }
  if (Number(declared) > apiBodyLimitBytes) {
    return bodyRefusal(
      res,
      413,
      `The request body is larger than the API takes (${apiBodyLimitBytes / 1024 / 1024} MB).`,
    )
  }
  return next()
}

/**
 * The HTTP entry: health and readiness first, security headers on everything
 * (HSTS when `publicUrl` is https), the API body limit, then every other request to
 * Next (admin, REST under /api, GraphQL). `createApp` does not listen, so tests can
 * mount it as they like.
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

  app.all('/{*splat}', nextHandler)
  return app
}

export const listen = (app: Express, port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = app.listen(port)
    server.once('listening', () => resolve(server))
    server.once('error', reject)
  })
