/**
 * One hop's answer, read: a redirect to follow, or the fetch's result (the document, a
 * 304, or why it failed: an HTTP error, a type the watch does not read, a body over the
 * cap).
 */

import type { Dispatcher } from 'undici'

import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { FailureCode, FetchResult, Trail, Validators } from './fetcher'

const acceptedTypes = ['text/html', 'text/plain', 'application/pdf'] as const
export type AcceptedType = (typeof acceptedTypes)[number]

const redirectStatuses = new Set([301, 302, 303, 307, 308])

const headerOf = (headers: Dispatcher.ResponseData['headers'], name: string): string | null => {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? null
}

const mediaTypeOf = (header: string | null) => {
  const [type = '', ...parameters] = (header ?? '').split(';')
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='))
  return {
    type: type.trim().toLowerCase(),
    charset: charset ? charset.slice('charset='.length).replace(/"/g, '') : null,
  }
}

const acceptedTypeOf = (type: string): AcceptedType | null =>
  type === 'application/xhtml+xml'
    ? 'text/html'
    : (acceptedTypes.find((accepted) => accepted === type) ?? null)

/**
 * Reads the body up to `maxBytes`; `null` (and the connection dropped) past it, so a
 * huge or endless body costs at most the cap.
 */
const readCapped = async (body: Dispatcher.ResponseData['body'], maxBytes: number) => {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of body) {
    bytes += (chunk as Buffer).length
    // Leaving the loop destroys the stream, and with it the connection.
    if (bytes > maxBytes) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

type Answer =
  { kind: 'result'; result: FetchResult } | { kind: 'redirect'; location: URL; status: number }

/**
 * One hop's answer: a result, or where it redirects to. A body not read is dropped at once.
 * A 304 answers only a conditional request: to any other it would keep the watch from
 * ever seeing the document (`unexpected-304`).
 */
export const readAnswer = async ({
  response: { statusCode, headers, body },
  trail,
  signal,
  maxBytes,
  isConditional,
}: {
  response: Dispatcher.ResponseData
  trail: Trail
  signal: AbortSignal
  maxBytes: number
  isConditional: boolean
}): Promise<Answer> => {
  const dropBody = () => body.dump({ limit: 1, signal })
  const done = async (result: FetchResult): Promise<Answer> => {
    await dropBody()
    return { kind: 'result', result }
  }
  const fail = (code: FailureCode, reason: Message, isTransient = false) =>
    done({ ...trail, outcome: 'failed', code, message: reason, isTransient })
  const location = headerOf(headers, 'location')
  const validators: Validators = {
    etag: headerOf(headers, 'etag'),
    lastModified: headerOf(headers, 'last-modified'),
  }
  if (redirectStatuses.has(statusCode) && location !== null) {
    if (!URL.canParse(location, trail.finalUrl)) {
      return fail('bad-redirect', message('watch.bad-redirect', { location }))
    }
    await dropBody()
    const next = new URL(location, trail.finalUrl)
    next.hash = ''
    return { kind: 'redirect', location: next, status: statusCode }
  }
  if (statusCode === 304 && !isConditional) {
    return fail('unexpected-304', message('watch.unexpected-304', {}))
  }
  if (statusCode === 304)
    return done({ ...trail, outcome: 'not-modified', status: 304, validators })
  if (statusCode < 200 || statusCode > 299) {
    const isTransient = statusCode >= 500 || statusCode === 429
    return done({
      ...trail,
      outcome: 'failed',
      code: 'http-error',
      message: message('watch.http-error', { status: statusCode }),
      isTransient,
      status: statusCode,
    })
  }
  const mediaType = mediaTypeOf(headerOf(headers, 'content-type'))
  const contentType = acceptedTypeOf(mediaType.type)
  if (contentType === null) {
    return fail(
      'unsupported-type',
      message('watch.unsupported-type', { contentType: mediaType.type }),
    )
  }
  const tooLarge = message('watch.too-large', { maxBytes })
  if (Number(headerOf(headers, 'content-length')) > maxBytes) return fail('too-large', tooLarge)
  const content = await readCapped(body, maxBytes)
  if (content === null) return fail('too-large', tooLarge)
  const ok = { status: statusCode, contentType, charset: mediaType.charset, validators }
  return {
    kind: 'result',
    result: { ...trail, outcome: 'ok', ...ok, bytes: content.length, body: content },
  }
}
