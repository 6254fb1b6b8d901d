import type { CollectionBeforeValidateHook, FlattenedField, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { InputKind } from '../i18n/catalogue'
import { message, textFor } from '../i18n/messages'
import type { Problem } from './inputChecks'
import type { TextRule } from './textRules'
import { singleLineProblem } from './textRules'

/** A valid `Date`, or a date string JavaScript reads (ISO 8601): what a date field holds. */
export const isDate = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : typeof value === 'string' && !Number.isNaN(Date.parse(value))

const wrongKind = (path: string, kind: InputKind): Problem => ({
  path,
  message: message('input.wrong-kind', { path, kind }),
})

/** A select value outside its options: the message lists them, exactly as they are stored. */
const notAnOption = (path: string, options: string[]): Problem => ({
  path,
  message: message('input.not-an-option', { path, options }),
})

const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value)

/** The range of a number field without its own `min`/`max`: counts, days, durations. */
const defaultNumberRange = { min: -1_000_000_000, max: 1_000_000_000 }

const outOfRange = (path: string, min: number, max: number): Problem => ({
  path,
  message: message('input.out-of-range', { path, min, max }),
})

/** Kind and range of a number field's value (checked on drafts too, which Payload does not validate). */
const numberProblems = (
  field: { hasMany?: boolean; min?: number; max?: number },
  path: string,
  value: unknown,
): Problem[] => {
  const values = field.hasMany ? value : [value]
  if (!Array.isArray(values) || !values.every(isNumber)) {
    return [wrongKind(path, field.hasMany ? 'numbers' : 'number')]
  }
  const min = field.min ?? defaultNumberRange.min
  const max = field.max ?? defaultNumberRange.max
  return (values as number[]).some((entry) => entry < min || entry > max)
    ? [outOfRange(path, min, max)]
    : []
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Slate node list: objects with `children` lists or `text` leaves, all the way down. */
const isSlate = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every(
    (node) =>
      isObject(node) &&
      (typeof node.text === 'string' || isSlate(node.children)) &&
      (node.url === undefined || typeof node.url === 'string'),
  )

/** A relationship value: an id, or `{ id }` / `{ value }` as the admin sends it. */
const idIn = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isObject(value)) return idIn(value.id ?? value.value)
  return null
}

/** Relationship ids a request names, with the collection each must exist in. */
type Reference = { path: string; collection: string; id: string }

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

/**
 * Problems of the values a request gives for `fields`; absent and empty values are left
 * to Payload. Relationship ids are collected in `references` for an existence check.
 */
const problemsOf = (
  fields: FlattenedField[],
  data: unknown,
  prefix: string,
  references: Reference[] = [],
): Problem[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field): Problem[] => {
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) return []
    switch (field.type) {
      case 'group':
      case 'tab':
        if (!isObject(value)) return [wrongKind(path, 'object')]
        return problemsOf(field.flattenedFields, value, `${path}.`, references)
      case 'array':
        if (!Array.isArray(value) || !value.every(isObject)) return [wrongKind(path, 'rows')]
        return value.flatMap((row, index) =>
          problemsOf(field.flattenedFields, row, `${path}.${index}.`, references),
        )
      case 'richText':
        return isSlate(value) ? [] : [wrongKind(path, 'richText')]
      case 'select': {
        const allowed = new Set(
          field.options.map((option) => (typeof option === 'string' ? option : option.value)),
        )
        const chosen = field.hasMany && Array.isArray(value) ? value : [value]
        return chosen.every((entry) => typeof entry === 'string' && allowed.has(entry))
          ? []
          : [notAnOption(path, [...allowed])]
      }
      case 'relationship':
      case 'upload': {
        if (typeof field.relationTo !== 'string') return []
        const entries = field.hasMany && Array.isArray(value) ? value : [value]
        const ids = entries.map(idIn)
        if (ids.some((id) => id === null)) return [wrongKind(path, 'id')]
        for (const id of ids) references.push({ path, collection: field.relationTo, id: id! })
        return []
      }
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
        return numberProblems(field, path, value)
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

const throwIfProblems = ({
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
      errors: firstPerPath(problems).map((problem) => ({
        path: problem.path,
        message: textFor(req, problem.message),
      })),
    },
    req.t,
  )
}

/**
 * The type and text rules of every field of a collection, on drafts too (Payload skips
 * field validation for drafts): a value of the wrong type (`vendorDomains: "x"`, a
 * number as text, a date that is none, rows that are no list of objects, rich text that
 * is no Slate, a select value outside its options, a relationship to a document that
 * does not exist) is a 400 naming the field, not a 500 in a later hook or the database; a single-line `text` field refuses control characters (a
 * newline in a name would start a new line in the page); a field with
 * `custom: { textRule }` (the slug) is checked by that rule as well.
 */
export const checkFieldValues: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  const references: Reference[] = []
  const problems = problemsOf(collection.flattenedFields, data, '', references)
  throwIfProblems({ problems, collection: collection.slug, req })
  throwIfProblems({
    problems: await missingReferences({ references, req }),
    collection: collection.slug,
    req,
  })
  return data
}

/** References to documents that do not exist: a 400 on the field, not a foreign-key 500. */
const missingReferences = async ({
  references,
  req,
}: {
  references: Reference[]
  req: PayloadRequest
}): Promise<Problem[]> => {
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.collection, [
      ...(byCollection.get(reference.collection) ?? []),
      reference,
    ])
  }
  const problems: Problem[] = []
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((reference) => reference.id))]
    const { docs } = await req.payload.find({
      collection: collection as 'users',
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    problems.push(
      ...wanted
        .filter((reference) => !found.has(reference.id))
        .map((reference) => wrongKind(reference.path, 'id')),
    )
  }
  return problems
}
