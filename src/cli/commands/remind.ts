import type { Flags } from '../command'
import { defineCommand } from '../command'

export const remindFlags = {
  now: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const satisfies Flags

/** What `--help` says of `remind`; its work is in runRemindCommand.ts, imported when it is chosen. */
export const remindCommand = defineCommand({
  name: 'remind',
  summary:
    'Retry due reminder e-mails, then mail every reviewer (or the admins) a digest of stale and due-soon providers and of changed sources. --now sets the clock, --dry-run sends and writes nothing.',
  usage: 'provider-desk remind [--now YYYY-MM-DD] [--dry-run] [--json] [--lang de|en]',
  flags: remindFlags,
  loadRun: async () => (await import('./runRemindCommand')).runRemindCommand,
})
