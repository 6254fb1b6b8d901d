import type { Payload } from 'payload'

import { isExpectedError } from '../errors'
import { GitError } from './errors'

/** `path`: the page a problem is about, when it is about one page. */
export type ExportProblem = { code: string; message: string; path?: string }

/**
 * What a publisher reads about a failure, stored in the export record: the message of
 * an expected error (bad target, busy, damaged manifest, no work tree); for anything
 * else a stable code and a pointer to the log, which gets the cause.
 */
export const exportProblem = ({
  payload,
  err,
  exportId,
}: {
  payload: Payload
  err: unknown
  exportId: string
}): ExportProblem => {
  if (isExpectedError(err)) return { code: err.code, message: err.message }
  payload.logger.error({ msg: `export ${exportId} failed`, err })
  if (err instanceof GitError) {
    return {
      code: err.code,
      message: `Committing the exported pages failed (git exited with ${String(err.exitCode)}). The pages are written but not committed; the server log has git's output.`,
    }
  }
  return {
    code: 'export.failed',
    message: `The export failed unexpectedly (export ${exportId}); the server log has the details.`,
  }
}
