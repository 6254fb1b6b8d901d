/**
 * What a text field may hold beyond its type: a single-line text no control or invisible
 * format characters (`singleLineProblem`, every `text` field), a field's own rule given
 * as `custom: { textRule }` in its config (`slugRule`). `checkFieldValues` applies both.
 */
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'

/** What a single-line text may not hold: C0 and C1 control characters (newline, CR, tab …), DEL, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** A rule of one text field beyond "single line": `custom: { textRule }` in the field's config. */
export type TextRule = (value: string) => Message | null

/**
 * Invisible format characters that turn or hide text: bidi overrides and isolates
 * (U+202A–202E, U+2066–2069, U+200E/F, U+061C), zero-width characters (U+200B–200D,
 * U+2060–2064) and the byte order mark (U+FEFF). A name with U+202E reads backwards on
 * the site and in the mails.
 */
const formatCharacters = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

export const singleLineProblem = (name: string, value: string): Message | null => {
  if (controlCharacters.test(value)) return message('input.control-characters', { name })
  const format = formatCharacters.exec(value)
  if (!format) return null
  const character = `U+${format[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return message('input.format-character', { name, character })
}

const slugMaxLength = 100

/** A slug is a folder name on the site: `a-z`, `0-9` and `-`, at most 100 characters. */
export const slugRule: TextRule = (value) =>
  /^[a-z0-9-]+$/.test(value) && value.length <= slugMaxLength
    ? null
    : message('input.slug', { maxLength: slugMaxLength, length: value.length })
