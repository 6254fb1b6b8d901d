/**
 * Every collection's input checks, run before its own hooks (`withInputChecks`): the
 * `where` of a query against the field types (`checkWhere`), the values of a write
 * against the field types and text rules (`checkFieldValues`). Bad input is a 400 naming
 * the field, in the asker's language, wherever it comes from (admin, REST, GraphQL, the
 * importer).
 */
import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  FlattenedField,
  PayloadRequest,
  Where,
} from 'payload'
import { APIError, ValidationError } from 'payload'

import type { LanguageSource } from '../i18n/messages'
import { languageOf } from '../i18n/messages'

/** A message people read about their input, in both languages (German first). */
export type InputMessage = { de: string; en: string }

/** The message in the language of the person asking (`languageOf`). */
const messageFor = (req: LanguageSource, message: InputMessage): string => message[languageOf(req)]

type Problem = { path: string; message: InputMessage }

/** A valid `Date`, or a date string JavaScript reads (ISO 8601): what a date field holds. */
const isDate = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : typeof value === 'string' && !Number.isNaN(Date.parse(value))

// --- Text rules: what a text field may hold

/** What a single-line text may not hold: C0 and C1 control characters (newline, CR, tab …), DEL, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** A rule of one text field beyond "single line": `custom: { textRule }` in the field's config. */
export type TextRule = (value: string) => InputMessage | null

/**
 * Invisible format characters that turn or hide text: bidi overrides and isolates
 * (U+202A–202E, U+2066–2069, U+200E/F, U+061C), zero-width characters (U+200B–200D,
 * U+2060–2064) and the byte order mark (U+FEFF). A name with U+202E reads backwards on
 * the site and in the mails.
 */
const formatCharacters = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

export const singleLineProblem = (name: string, value: string): InputMessage | null => {
  if (controlCharacters.test(value)) {
    return {
      de: `„${name}“ darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.`,
      en: `"${name}" must not contain line breaks, tabs or other control characters.`,
    }
  }
  const format = formatCharacters.exec(value)
  if (!format) return null
  const code = `U+${format[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return {
    de: `„${name}“ enthält ein unsichtbares Formatzeichen (${code}, etwa eine Umkehr der Schreibrichtung oder ein Zeichen ohne Breite). Lösche es: Tippe den Text neu ein, statt ihn einzufügen.`,
    en: `"${name}" holds an invisible format character (${code}, such as a reversal of the writing direction or a zero-width character). Delete it: type the text anew instead of pasting it.`,
  }
}

export const slugMaxLength = 100

/** A slug is a folder name on the site: `a-z`, `0-9` and `-`, at most 100 characters. */
export const slugRule: TextRule = (value) =>
  /^[a-z0-9-]+$/.test(value) && value.length <= slugMaxLength
    ? null
    : {
        de: `Der Slug darf nur a–z, 0–9 und „-“ enthalten und höchstens ${slugMaxLength} Zeichen lang sein (dieser hat ${value.length}).`,
        en: `The slug may hold only a–z, 0–9 and "-" and be at most ${slugMaxLength} characters long (this one has ${value.length}).`,
      }

// --- Queries: checkWhere

/** Operators that compare against a date value (`exists`, `like` … take other values). */
const dateOperators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const geoOperators = new Set(['near', 'within', 'intersects'])

/** The field a query path names, through groups, named tabs and arrays; `undefined` past a relationship or for `id`. */
const fieldAt = (fields: FlattenedField[], segments: string[]): FlattenedField | undefined => {
  const [segment, ...rest] = segments
  if (segment === undefined) return undefined
  if (/^\d+$/.test(segment)) return fieldAt(fields, rest)
  const field = fields.find((candidate) => candidate.name === segment)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
    return fieldAt(field.flattenedFields, rest)
  return undefined
}

const valuesOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

/** A query may also compare a date field against a timestamp in milliseconds. */
const isQueryDate = (value: unknown): boolean =>
  typeof value === 'number' ? !Number.isNaN(new Date(value).getTime()) : isDate(value)

const conditionProblems = ({
  field,
  path,
  operator,
  value,
}: {
  field: FlattenedField
  path: string
  operator: string
  value: unknown
}): Problem[] => {
  const where = `where[${path}][${operator}]`
  if (geoOperators.has(operator) && field.type !== 'point') {
    return [
      {
        path,
        message: {
          de: `${where}: Der Operator „${operator}“ gilt nur für Geo-Felder, „${path}“ ist ein Feld vom Typ ${field.type}.`,
          en: `${where}: the operator "${operator}" applies to point fields only; "${path}" is a ${field.type} field.`,
        },
      },
    ]
  }
  if (field.type === 'date' && dateOperators.has(operator) && !valuesOf(value).every(isQueryDate)) {
    return [
      {
        path,
        message: {
          de: `${where}: „${path}“ ist ein Datumsfeld; erwartet wird ein Datum wie 2026-01-21 oder 2026-01-21T08:00:00Z.`,
          en: `${where}: "${path}" is a date field; give a date such as 2026-01-21 or 2026-01-21T08:00:00Z.`,
        },
      },
    ]
  }
  return []
}

const whereProblems = (fields: FlattenedField[], where: Where, prefix: string): Problem[] =>
  Object.entries(where).flatMap(([key, constraint]): Problem[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint))
      return constraint.flatMap((inner: Where) => whereProblems(fields, inner, prefix))
    if (!constraint || typeof constraint !== 'object') return []
    const segments = key.replace(/__/g, '.').split('.')
    const field = fieldAt(fields, prefix && segments[0] === prefix ? segments.slice(1) : segments)
    if (!field) return []
    return Object.entries(constraint as Record<string, unknown>).flatMap(([operator, value]) =>
      conditionProblems({ field, path: key, operator, value }),
    )
  })

/**
 * Checks a `where` query against the collection's field types before it reaches the
 * database: a value the column cannot take (`where[updatedAt][greater_than]=2020' OR
 * 1=1--`) or an operator the field has none of (`where[name][near]=1,1`) is a 400 that
 * names the condition, not a failed SQL query answered with 500. Paths and operators
 * Payload does not know it refuses itself (400, "cannot be queried").
 */
export const checkWhere: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const where = (args as { where?: Where }).where
  if (!where || typeof where !== 'object') return args
  const prefix = operation === 'findVersions' || operation === 'countVersions' ? 'version' : ''
  const problems = whereProblems(collection.flattenedFields, where, prefix)
  if (problems.length === 0) return args
  const messages = problems.map((problem) => messageFor(req, problem.message))
  throw new APIError(
    messages.join(' '),
    400,
    problems.map((problem, index) => ({ path: problem.path, message: messages[index] })),
    true,
  )
}

// --- Writes: checkFieldValues

const kindNames = {
  text: { de: 'ein Text', en: 'text' },
  texts: { de: 'eine Liste von Texten', en: 'a list of texts' },
  number: { de: 'eine Zahl', en: 'a number' },
  numbers: { de: 'eine Liste von Zahlen', en: 'a list of numbers' },
  date: { de: 'ein Datum (ISO 8601)', en: 'a date (ISO 8601)' },
  boolean: { de: 'true oder false', en: 'true or false' },
  rows: { de: 'eine Liste von Einträgen (Objekten)', en: 'a list of entries (objects)' },
  object: { de: 'ein Objekt', en: 'an object' },
  richText: {
    de: 'Rich Text (eine Liste von Absätzen als Objekte)',
    en: 'rich text (a list of paragraph objects)',
  },
  id: { de: 'die ID eines vorhandenen Eintrags', en: 'the id of an existing document' },
  option: { de: 'einer der erlaubten Werte', en: 'one of the allowed values' },
} satisfies Record<string, InputMessage>

const wrongKind = (path: string, kind: keyof typeof kindNames): Problem => ({
  path,
  message: {
    de: `„${path}“ muss ${kindNames[kind].de} sein.`,
    en: `"${path}" must be ${kindNames[kind].en}.`,
  },
})

/** A select value outside its options: the message lists them, exactly as they are stored. */
const notAnOption = (path: string, options: readonly string[]): Problem => ({
  path,
  message: {
    de: `„${path}“ muss ${kindNames.option.de} sein: ${options.join(', ')}.`,
    en: `"${path}" must be ${kindNames.option.en}: ${options.join(', ')}.`,
  },
})

const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value)

/** The range of a number field without its own `min`/`max`: counts, days, durations. */
const defaultNumberRange = { min: -1_000_000_000, max: 1_000_000_000 }

const outOfRange = (path: string, min: number, max: number): Problem => ({
  path,
  message: {
    de: `„${path}“ muss zwischen ${min.toLocaleString('de-DE')} und ${max.toLocaleString('de-DE')} liegen.`,
    en: `"${path}" must be between ${min.toLocaleString('en-GB')} and ${max.toLocaleString('en-GB')}.`,
  },
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

// --- Applied to a collection

/**
 * Every collection's input checks, run before its own hooks: the `where` of a query
 * against the field types (`checkWhere`), the values of a write against the field
 * types and text rules (`checkFieldValues`). Bad input is a 400 naming the field,
 * wherever it comes from (admin, REST, GraphQL, the importer).
 */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkWhere, ...(collection.hooks?.beforeOperation ?? [])],
    beforeValidate: [checkFieldValues, ...(collection.hooks?.beforeValidate ?? [])],
  },
})
