import type { Flags } from '../command'
import { defineCommand } from '../command'

export const exportFlags = {
  out: { type: 'string' },
  check: { type: 'boolean' },
  prune: { type: 'boolean' },
  commit: { type: 'boolean' },
  'no-commit': { type: 'boolean' },
} as const satisfies Flags

/** What `--help` says of `export`; its work is in runExportCommand.ts, imported when it is chosen. */
export const exportCommand = defineCommand({
  name: 'export',
  summary:
    'Write the published version of every provider to <DIR>/src/pages/anbieter/<slug>/index.md (DIR: --out or SITE_DIR); --commit (default: EXPORT_GIT_COMMIT) commits exactly the written pages when DIR is a git work tree. Every run except --check is recorded in the exports collection.',
  usage:
    'provider-desk export [--out DIR] [--check] [--prune] [--commit | --no-commit] [--json] [--lang de|en]',
  flags: exportFlags,
  loadRun: async () => (await import('./runExportCommand')).runExportCommand,
})
