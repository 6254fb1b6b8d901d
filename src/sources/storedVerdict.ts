import type { FieldHook } from 'payload'

import type { Finding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { readFinding } from '../findings/finding'
import { languageOf, textFor } from '../i18n/messages'

/**
 * How a citation's or audit's verdict is stored and read: the rule writes its reason
 * as a message (code and parameters, JSON in the `verdictReason` column) and its
 * findings without text; reading renders both in the reader's language. A reason
 * stored as plain text (before messages had codes) is shown as it is until the next
 * save judges the entry again.
 */
export const storedReason = (reason: Message): string => JSON.stringify(reason)

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { messageCode?: unknown }).messageCode === 'string' &&
  typeof (value as { params?: unknown }).params === 'object'

const parsedReason = (value: string): Message | null => {
  if (!value.startsWith('{')) return null
  try {
    const parsed: unknown = JSON.parse(value)
    return isMessage(parsed) ? parsed : null
  } catch (err) {
    if (err instanceof SyntaxError) return null
    throw err
  }
}

/** `afterRead` of `verdictReason`: the reason in the reader's language. */
export const readVerdictReason: FieldHook = ({ value, req }) => {
  if (typeof value !== 'string') return value
  const reason = parsedReason(value)
  return reason ? textFor(req, reason) : value
}

/** `afterRead` of an entry's `findings`: each with its `message` in the reader's language. */
export const readStoredFindings: FieldHook = ({ value, req }) =>
  Array.isArray(value)
    ? value.map((finding: unknown) =>
        isMessage(finding) ? readFinding(finding as Finding, languageOf(req)) : finding,
      )
    : value
