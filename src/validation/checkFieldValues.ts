import type { CollectionBeforeValidateHook, FlattenedField, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { InputMessage } from './inputMessage'
import { messageFor } from './inputMessage'
import type { TextRule } from './textRules'
import { singleLineProblem } from './textRules'

type Problem = { path: string; message: InputMessage }

const kindNames = {
  text: { de: 'ein Text', en: 'text' },
  texts: { de: 'eine Liste von Texten', en: 'a list of texts' },
  number: { de: 'eine Zahl', en: 'a number' },
  numbers: { de: 'eine Liste von Zahlen', en: 'a list of numbers' },
  date: { de: 'ein Datum (ISO 8601)', en: 'a date (ISO 8601)' },
  boolean: { de: 'true oder false', en: 'true or false' },
} satisfies Record<string, InputMessage>

const wrongKind = (path: string, kind: keyof typeof kindNames): Problem => ({
  path,
  message: {
    de: `„${path}“ muss ${kindNames[kind].de} sein.`,
    en: `"${path}" must be ${kindNames[kind].en}.`,
  },
})

const isDate = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : typeof value === 'string' && !Number.isNaN(Date.parse(value))

const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value)

/** Problems of one text value: the type, then single-line (`text` only), then the field's own rule. */
const textProblems = ({
  path,
  value,
  isSingleLine,
  rule,
}: {
  path: string
  value: unknown
  isSingleLine: boolean
  rule?: TextRule
}): Problem[] => {
  if (typeof value !== 'string') return [wrongKind(path, 'text')]
  const problem = (isSingleLine ? singleLineProblem(path, value) : null) ?? rule?.(value) ?? null
  return problem ? [{ path, message: problem }] : []
}

/** Problems of the values a request gives for `fields`; absent and empty values are left to Payload. */
const problemsOf = (fields: FlattenedField[], data: unknown, prefix: string): Problem[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field): Problem[] => {
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) return []
    switch (field.type) {
      case 'group':
      case 'tab':
        return problemsOf(field.flattenedFields, value, `${path}.`)
      case 'array':
        return Array.isArray(value)
          ? value.flatMap((row, index) =>
              problemsOf(field.flattenedFields, row, `${path}.${index}.`),
            )
          : []
      case 'blocks':
        return Array.isArray(value)
          ? value.flatMap((row, index) => {
              const block = field.blocks.find((entry) => entry.slug === row?.blockType)
              return block ? problemsOf(block.flattenedFields, row, `${path}.${index}.`) : []
            })
          : []
      case 'text': {
        const rule = (field.custom as { textRule?: TextRule } | undefined)?.textRule
        if (!field.hasMany) return textProblems({ path, value, isSingleLine: true, rule })
        if (!Array.isArray(value)) return [wrongKind(path, 'texts')]
        return value.flatMap((entry, index) =>
          typeof entry === 'string'
            ? textProblems({ path: `${path}.${index}`, value: entry, isSingleLine: true, rule })
            : [wrongKind(path, 'texts')],
        )
      }
      case 'textarea':
      case 'email':
      case 'code':
        return textProblems({ path, value, isSingleLine: false })
      case 'number':
        if (!field.hasMany) return isNumber(value) ? [] : [wrongKind(path, 'number')]
        return Array.isArray(value) && value.every(isNumber) ? [] : [wrongKind(path, 'numbers')]
      case 'date':
        return isDate(value) ? [] : [wrongKind(path, 'date')]
      case 'checkbox':
        return typeof value === 'boolean' ? [] : [wrongKind(path, 'boolean')]
      default:
        return []
    }
  })
}

/** Only the first problem per field: one wrong list is one message, not one per entry. */
const firstPerPath = (problems: Problem[]): Problem[] =>
  problems.filter(
    (problem, index) => problems.findIndex((other) => other.path === problem.path) === index,
  )

export const throwIfProblems = ({
  problems,
  collection,
  req,
}: {
  problems: Problem[]
  collection: string
  req: PayloadRequest
}): void => {
  if (problems.length === 0) return
  throw new ValidationError(
    {
      collection,
      errors: firstPerPath(problems).map(({ path, message }) => ({
        path,
        message: messageFor(req, message),
      })),
    },
    req.t,
  )
}

/**
 * The type and text rules of every field of a collection, on drafts too (Payload skips
 * field validation for drafts): a value of the wrong type (`vendorDomains: "x"`, a
 * number as text, a date that is none) is a 400 naming the field, not a 500 in a later
 * hook or the database; a single-line `text` field refuses control characters (a
 * newline in a name would start a new line in the page); a field with
 * `custom: { textRule }` (the slug) is checked by that rule as well.
 */
export const checkFieldValues: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  throwIfProblems({
    problems: problemsOf(collection.flattenedFields, data, ''),
    collection: collection.slug,
    req,
  })
  return data
}
