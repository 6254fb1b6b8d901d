import type { InputMessage } from './inputMessage'

/** What a single-line text may not hold: C0 and C1 control characters (newline, CR, tab …), DEL, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** A rule of one text field beyond "single line": `custom: { textRule }` in the field's config. */
export type TextRule = (value: string) => InputMessage | null

export const singleLineProblem = (name: string, value: string): InputMessage | null =>
  controlCharacters.test(value)
    ? {
        de: `„${name}“ darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.`,
        en: `"${name}" must not contain line breaks, tabs or other control characters.`,
      }
    : null

export const slugMaxLength = 100

/** A slug is a folder name on the site: `a-z`, `0-9` and `-`, at most 100 characters. */
export const slugRule: TextRule = (value) =>
  /^[a-z0-9-]+$/.test(value) && value.length <= slugMaxLength
    ? null
    : {
        de: `Der Slug darf nur a–z, 0–9 und „-“ enthalten und höchstens ${slugMaxLength} Zeichen lang sein (dieser hat ${value.length}).`,
        en: `The slug may hold only a–z, 0–9 and "-" and be at most ${slugMaxLength} characters long (this one has ${value.length}).`,
      }
