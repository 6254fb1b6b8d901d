import type { Flags } from '../command'
import { defineCommand } from '../command'

export const watchFlags = { provider: { type: 'string' } } as const satisfies Flags

/** What `--help` says of `watch`; its work is in runWatchCommand.ts, imported when it is chosen. */
export const watchCommand = defineCommand({
  name: 'watch',
  summary:
    "Fetch every cited vendor document (or one profile's) now, store what changed, and re-open the profiles that cite a changed one. Exit 1 when any source changed, moved, failed or was blocked.",
  usage: 'provider-desk watch [--provider SLUG] [--json] [--lang de|en]',
  flags: watchFlags,
  loadRun: async () => (await import('./runWatchCommand')).runWatchCommand,
})
