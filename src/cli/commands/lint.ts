import type { Flags } from '../command'
import { defineCommand } from '../command'

export const lintFlags = { provider: { type: 'string' } } as const satisfies Flags

/** What `--help` says of `lint`; its work is in runLintCommand.ts, imported when it is chosen. */
export const lintCommand = defineCommand({
  name: 'lint',
  summary:
    'List the findings of every provider (or one): rejected sources, Datenblatt mismatches, scraped e-mails, missing fields, staleness. Exit 1 on any error.',
  usage: 'provider-desk lint [--provider SLUG] [--json] [--lang de|en]',
  flags: lintFlags,
  loadRun: async () => (await import('./runLintCommand')).runLintCommand,
})
