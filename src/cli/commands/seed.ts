import type { Flags } from '../command'
import { defineCommand } from '../command'

export const seedFlags = {} as const satisfies Flags

/** What `--help` says of `seed`; its work is in runSeedCommand.ts, imported when it is chosen. */
export const seedCommand = defineCommand({
  name: 'seed',
  summary:
    'Load the demo content: the Session profile (with sessionapp.zendesk.com as a vendor domain). No users.',
  usage: 'provider-desk seed [--json] [--lang de|en]',
  flags: seedFlags,
  loadRun: async () => (await import('./runSeedCommand')).runSeedCommand,
})
