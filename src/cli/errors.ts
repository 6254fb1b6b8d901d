/** Exit codes of every `provider-desk` command. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const

/** Bad usage or configuration: exit 2, the message says what to type instead. */
export class UsageError extends Error {
  readonly exitCode = exitCodes.usage
  constructor(message: string) {
    super(message)
  }
}
