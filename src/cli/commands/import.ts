import type { Flags } from '../command'
import { defineCommand } from '../command'

export const importFlags = {} as const satisfies Flags

/** What `--help` says of `import`; its work is in runImportCommand.ts, imported when it is chosen. */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'Read site pages (files, or folders of .md files) into providers, sources and audits.',
  usage: 'provider-desk import <file|dir>… [--json] [--lang de|en]',
  // The report's findings carry their message in `--lang`; the human lines are in it too.
  flags: importFlags,
  takesArguments: true,
  loadRun: async () => (await import('./runImportCommand')).runImportCommand,
})
