/**
 * The one error model of provider-desk. Every error the code throws on purpose is a
 * `DeskError`, and each module keeps its subclasses in its own `errors.ts`:
 *
 * - `code`: a stable id (`export.busy`); JSON output, export records and tests match on it, never on the message.
 * - `status`: the HTTP status an endpoint answers with.
 * - `isExpected`: caused by the person or the setup, not by a bug (bad input, bad usage, refused
 *   by a rule, a wrong configuration). Its message is written for that person: it is reported,
 *   never shown with a stack.
 * - `isUsage`: bad usage or configuration (the command line, the environment, the database
 *   address): the person fixes how the desk is called, and the CLI exits 2 instead of 1.
 *
 * Anything else (a `DeskError` that is not expected, any other error) is a failure for the log:
 * the person reads a pointer to the log, the log gets the cause.
 *
 * - `detail`: the message as code and parameters, where a record keeps it to be read later in
 *   its reader's language (an export's errors); the error's `message` is then its English
 *   text, derived here. An error without `detail` gives its `message`.
 *
 * The admin's browser code uses it too: it imports only the message catalogue.
 */
import type { Message } from './i18n/messages'
import { render } from './i18n/messages'

type Wording = { message: string; detail?: Message } | { message?: never; detail: Message }

export class DeskError extends Error {
  readonly code: string
  readonly status: number
  readonly isExpected: boolean
  readonly isUsage: boolean
  readonly detail: Message | undefined

  constructor({
    code,
    message,
    status,
    isExpected,
    isUsage = false,
    cause,
    detail,
  }: {
    code: string
    status: number
    isExpected: boolean
    isUsage?: boolean
    cause?: unknown
  } & Wording) {
    super(message ?? render('en', detail as Message), cause === undefined ? undefined : { cause })
    this.name = new.target.name
    this.code = code
    this.status = status
    this.isExpected = isExpected
    this.isUsage = isUsage
    this.detail = detail
  }
}

/**
 * The one test of "report its message, do not crash": the CLI prints it and exits 1 or 2,
 * the importer reports it by file and goes on, an export endpoint answers with its status
 * and message, an export record stores it.
 */
export const isExpectedError = (error: unknown): error is DeskError =>
  error instanceof DeskError && error.isExpected
