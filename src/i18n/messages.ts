import type { FieldHook } from 'payload'

import type { Catalogue, MessageCode, MessageParams } from './catalogue'
import { renderIn } from './catalogue'
import { de } from './de'
import { en } from './en'

export type Language = 'de' | 'en'

/** The languages people can choose, German first: the default wherever nothing else is known. */
export const languages = ['de', 'en'] as const satisfies readonly Language[]

export const catalogues: Readonly<Record<Language, Catalogue>> = { de, en }

/**
 * A message by its stable code and its parameters, language-neutral: findings store it,
 * refusals carry it, and whoever shows it to a person renders it in their language.
 */
export type Message = {
  [C in MessageCode]: { messageCode: C; params: MessageParams[C] }
}[MessageCode]

/** A stored value that is a message (code and parameters), to be rendered for its reader. */
export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { messageCode?: unknown }).messageCode === 'string' &&
  typeof (value as { params?: unknown }).params === 'object'

/** A message with typed parameters: `message('field.missing', { field: 'name' })`. */
export const message = <C extends MessageCode>(messageCode: C, params: MessageParams[C]): Message =>
  ({ messageCode, params }) as Message

/** A message as text, for a text column that holds one (a citation's or a watched source's reason). */
export const storedMessage = (given: Message): string => JSON.stringify(given)

/** The message a text column holds; `null` for plain text stored before the column held messages. */
export const parseStoredMessage = (value: string): Message | null => {
  if (!value.startsWith('{')) return null
  try {
    const parsed: unknown = JSON.parse(value)
    return isMessage(parsed) ? parsed : null
  } catch (err) {
    if (err instanceof SyntaxError) return null
    throw err
  }
}

/** The message's text in `language`. */
export const render = (language: Language, given: Message): string =>
  renderIn(catalogues[language], given)

/** `de` or `en` from any value (a flag, a header, a stored field); German for anything else. */
export const languageFrom = (value: unknown): Language =>
  typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'de'

export type LanguageSource = {
  user?: unknown
  i18n?: { language?: string } | null
}

/**
 * The language of the person asking: the `language` field of their account, else the
 * admin's language (Payload's `req.i18n`, from the admin's language choice or the
 * browser's Accept-Language), else German.
 */
export const languageOf = (req: LanguageSource | undefined): Language => {
  const chosen = (req?.user as { language?: unknown } | null | undefined)?.language
  if (chosen === 'de' || chosen === 'en') return chosen
  return languageFrom(req?.i18n?.language)
}

/** The message's text for the person asking. */
export const textFor = (req: LanguageSource | undefined, given: Message): string =>
  render(languageOf(req), given)

/**
 * `afterRead` of a text column that holds a message (a citation's `verdictReason`, a
 * watched source's `reason`): its text in the reader's language, so the REST and GraphQL
 * API and the admin show it so; plain text stored before the column held messages as it is.
 * A reader that passes the message on (the watch's findings) reads the column through the
 * database adapter, which runs no hooks.
 */
export const readStoredMessage: FieldHook = ({ value, req }) => {
  if (typeof value !== 'string') return value
  const stored = parseStoredMessage(value)
  return stored ? textFor(req, stored) : value
}
