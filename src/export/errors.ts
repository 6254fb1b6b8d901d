import type { FieldHook } from 'payload'

import type { Language, Message } from '../i18n/messages'
import { DeskError } from '../errors'
import { isMessage, languageOf, message, render } from '../i18n/messages'

/** Who holds a site's export lock; `exportId` once the run's record exists (the job adopts the lock by it). */
export type LockHolder = {
  pid: number
  host: string
  startedAt: string
  by: string
  exportId?: string
}

/** The site folder is missing or not writable; export never creates a site from nothing. */
export class ExportTargetError extends DeskError {
  declare readonly code: 'export.bad-target'
  constructor(detail: Message) {
    super({
      code: 'export.bad-target',
      status: 400,
      isExpected: true,
      detail,
    })
  }
}

/** The site's export manifest is damaged; the message says how to restore or reset it. */
export class ManifestError extends DeskError {
  declare readonly code: 'export.bad-manifest'
  constructor(file: string, reason: string) {
    const detail = message('export.bad-manifest', { file, reason })
    super({
      code: 'export.bad-manifest',
      status: 409,
      isExpected: true,
      detail,
    })
  }
}

/** Another export to the same site holds its lock. */
export class ExportBusyError extends DeskError {
  declare readonly code: 'export.busy'
  constructor(
    readonly siteDir: string,
    readonly holder: LockHolder,
  ) {
    // People read when it started; the log gets where and who (no PID, host or path in a response).
    const detail = message('export.busy', { startedAt: holder.startedAt })
    super({
      code: 'export.busy',
      status: 409,
      isExpected: true,
      message: `Another export to ${siteDir} is running (started ${holder.startedAt} by ${holder.by}, pid ${holder.pid} on ${holder.host}).`,
      detail,
    })
  }
}

/** A git command failed; its output goes to the log, not to the publisher. */
export class GitError extends DeskError {
  declare readonly code: 'export.git.failed'
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | string | null,
    readonly stderr: string,
  ) {
    super({
      code: 'export.git.failed',
      status: 500,
      isExpected: false,
      message: `git ${args.join(' ')} failed (${exitCode ?? 'no exit code'}): ${stderr.trim()}`,
    })
  }
}

/**
 * One entry of an export record's `errors`: the stable `code`, the English `message`,
 * and, for what provider-desk words itself, the message as code and parameters, so that
 * each reader gets it in their language (`readExportProblems`).
 */
export type ExportProblem = {
  code: string
  message: string
  path?: string
} & Partial<Message>

/** The problem an error of an export run is recorded as. */
export const problemOf = (code: string, detail: Message, path?: string): ExportProblem => ({
  code,
  message: render('en', detail),
  ...(path === undefined ? {} : { path }),
  ...detail,
})

/**
 * What a reader is told of an expected error of an export (bad target, busy site, damaged
 * manifest, no work tree): its code and message. Callers check `isExpectedError` first:
 * of anything else only the log gets the cause. The run record and the endpoints ask this.
 */
export const problemOfError = (err: DeskError): ExportProblem =>
  err.detail ? problemOf(err.code, err.detail) : { code: err.code, message: err.message }

/**
 * An export problem as its reader gets it: the stable code, the path where it names one,
 * and the message in `language` where it was recorded as a code. The one mapping from an
 * export problem to output: the endpoints' bodies, `provider-desk export` (text and
 * `--json`) and the export record as the publish view reads it.
 */
export const problemFor = (problem: ExportProblem, language: Language): ExportProblem => ({
  ...problem,
  message: isMessage(problem) ? render(language, problem) : problem.message,
})

/** `afterRead` of an export record's `errors`: each message in the reader's language. */
export const readExportProblems: FieldHook = ({ value, req }) =>
  Array.isArray(value)
    ? value.map((problem: ExportProblem) =>
        isMessage(problem) ? problemFor(problem, languageOf(req)) : problem,
      )
    : value
