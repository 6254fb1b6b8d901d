import type { Request as ExpressRequest, RequestHandler } from 'express'

import type { Message } from './i18n/messages'
import { languageFrom, message, render } from './i18n/messages'

/**
 * Requests under /api that Payload would answer with a 500, refused before it with a
 * 400 or 405 that says what to send instead (docs/security.md, "Limits and headers"):
 *
 * - a method the API does not have (`TRACE`, `CONNECT`, …): 405 with `Allow`;
 * - `page` or `limit` that is not a whole number of at most nine digits (`page=1e20`);
 * - `multipart/form-data` without its boundary;
 * - a JSON body nested deeper than `maxJsonDepth` (a rich text of 3,000 levels, a findings
 *   body of 5,000): Payload's and the desk's walks over the data recurse.
 *
 * The JSON body is read here (it is at most 2 MB, `limitApiBodies`) and handed on as
 * `req.body` (a Buffer) for `fetchRequestOf`.
 */

export const maxJsonDepth = 100

const apiMethods = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS']

/** How deeply objects and arrays nest in a JSON text (strings skipped), stopping past `limit`. */
export const jsonDepth = (text: string, limit = Infinity): number => {
  let depth = 0
  let deepest = 0
  let isInString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (isInString) {
      if (char === 92)
        index += 1 // a backslash escapes the next character
      else if (char === 34) isInString = false
      continue
    }
    if (char === 34) isInString = true
    else if (char === 123 || char === 91) {
      depth += 1
      if (depth > deepest) {
        deepest = depth
        if (deepest > limit) return deepest
      }
    } else if (char === 125 || char === 93) depth -= 1
  }
  return deepest
}

const wholeNumber = /^\d{1,9}$/

const languageOfRequest = (req: ExpressRequest) =>
  languageFrom(req.acceptsLanguages('de', 'en') || undefined)

const readBody = (req: ExpressRequest): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })

export const screenApiRequest: RequestHandler = async (req, res, next) => {
  const refuse = (status: 400 | 405, code: string, detail: Message) =>
    res.status(status).json({ errors: [{ code, message: render(languageOfRequest(req), detail) }] })

  if (!apiMethods.includes(req.method)) {
    res.setHeader('allow', apiMethods.join(', '))
    return refuse(405, 'http.method', message('http.method', { method: req.method }))
  }
  for (const name of ['page', 'limit'] as const) {
    const value = req.query[name]
    if (value !== undefined && (typeof value !== 'string' || !wholeNumber.test(value))) {
      return refuse(400, 'http.bad-number', message('http.bad-number', { name }))
    }
  }
  const type = req.headers['content-type'] ?? ''
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=/i.test(type)) {
    return refuse(400, 'http.no-boundary', message('http.no-boundary', {}))
  }
  if (/^application\/json/i.test(type) && req.method !== 'GET' && req.method !== 'HEAD') {
    try {
      const body = await readBody(req)
      if (jsonDepth(body.toString('utf8'), maxJsonDepth) > maxJsonDepth) {
        return refuse(400, 'http.too-deep', message('http.too-deep', { limit: maxJsonDepth }))
      }
      req.body = body
    } catch (err) {
      return next(err)
    }
  }
  return next()
}
