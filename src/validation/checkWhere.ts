import type { CollectionBeforeOperationHook, FlattenedField, Where } from 'payload'
import { APIError } from 'payload'

import { message, textFor } from '../i18n/messages'
import type { Problem } from './inputChecks'
import { isDate } from './checkFieldValues'

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
        message: message('input.where.geo-operator', {
          where,
          operator,
          path,
          fieldType: field.type,
        }),
      },
    ]
  }
  if (field.type === 'date' && dateOperators.has(operator) && !valuesOf(value).every(isQueryDate)) {
    return [{ path, message: message('input.where.date', { where, path }) }]
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
  const messages = problems.map((problem) => textFor(req, problem.message))
  throw new APIError(
    messages.join(' '),
    400,
    problems.map((problem, index) => ({ path: problem.path, message: messages[index] })),
    true,
  )
}
