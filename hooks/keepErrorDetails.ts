import type { CollectionAfterErrorHook } from 'payload'

type PayloadErrorShape = {
  name?: string
  message?: string
  status?: unknown
  data?: Record<string, unknown> | null
}

/**
 * Answers a refused save over REST with its details (`errors[0].data`: the field errors
 * of a `ValidationError`, e.g. the source rule's message on `url`; the `code` of a
 * workflow refusal), as Payload's own formatter means to. `src/start.ts` opens Payload
 * before Next does, so the Next route handler formats errors thrown by classes loaded
 * outside its bundle: its `instanceof` check fails and only the generic message
 * ("The following field is invalid: url") was sent. Server errors (5xx) stay hidden.
 */
export const keepErrorDetails: CollectionAfterErrorHook = ({ error, result }) => {
  const { name, message, status, data } = error as PayloadErrorShape
  if (!data || typeof status !== 'number' || status >= 500) return
  return { response: { ...result, errors: [{ name, message, data }] }, status }
}
