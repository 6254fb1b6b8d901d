import { DeskError } from '../errors'

/** Exit codes of every `provider-desk` command. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const

/** Bad usage: exit 2, the message says what to type instead. */
export class UsageError extends DeskError {
  declare readonly code: 'usage'
  constructor(message: string) {
    super({ code: 'usage', status: 400, isExpected: true, isUsage: true, message })
  }
}
