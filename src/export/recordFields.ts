import type { ExportProblem } from './errors'

/**
 * The readers of an export record's JSON fields, beside what writes them (`runs.ts`): the
 * publish view, the export history and `provider-desk export` read the record through
 * these instead of each casting the JSON. Imports nothing at run time: the admin's
 * browser code uses them too.
 */

/** `written` / `removed`: the page paths, relative to the site. */
export const pathsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string') : []

/** `errors`: each problem with its stable code and its message (what is not one is left out). */
export const problemsOf = (value: unknown): ExportProblem[] =>
  Array.isArray(value)
    ? value.filter(
        (problem): problem is ExportProblem =>
          typeof problem === 'object' &&
          problem !== null &&
          typeof (problem as { code?: unknown }).code === 'string' &&
          typeof (problem as { message?: unknown }).message === 'string',
      )
    : []
