import { DeskError } from '../../errors'

/** The messages of a Payload-style error body (`{ errors: [{ message }] }`), or its plain text. */
const messageOf = (body: unknown, status: number): string => {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors
  const messages = (errors ?? []).map((error) => String(error.message ?? '')).filter(Boolean)
  return messages.length > 0 ? messages.join(' ') : `HTTP ${status}`
}

/** A non-2xx answer to the admin: the server's message; a 4xx is the person's to fix. */
export class FetchJsonError extends DeskError {
  declare readonly code: 'admin.request-failed'
  constructor(message: string, status: number) {
    super({
      code: 'admin.request-failed',
      status,
      isExpected: status < 500,
      message,
    })
  }
}

/** `fetch` with the admin's cookie, JSON in and out; a non-2xx answer throws with the server's message. */
export const fetchJson = async <T>({
  url,
  method = 'GET',
  body,
  signal,
}: {
  url: string
  method?: string
  body?: unknown
  signal?: AbortSignal
}): Promise<T> => {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  })
  const text = await response.text()
  const parsed: unknown =
    text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text
  if (!response.ok) throw new FetchJsonError(messageOf(parsed, response.status), response.status)
  return parsed as T
}
