import type { ParseArgsConfig, parseArgs } from 'node:util'

import type { Language } from '../i18n/messages'

/** A command's flags, declared as `node:util` parseArgs options (`{ out: { type: 'string' } }`). */
export type Flags = NonNullable<ParseArgsConfig['options']>

/** What parseArgs makes of a command line with these flags (plus the global `--json` and `--lang`). */
type Parsed<T extends Flags> = ReturnType<
  typeof parseArgs<{
    args: string[]
    options: T & { json: { type: 'boolean' }; lang: { type: 'string' } }
    strict: true
    allowPositionals: true
  }>
>

/** What a command returns: its JSON document, the same for humans, and its exit code. */
export type CommandResult = {
  exitCode: number
  json: unknown
  human: string
}

export type CommandContext<T extends Flags = Flags> = {
  /** The command's own flags, parsed: `main` has refused any other flag with the usage. */
  flags: Parsed<T>['values']
  /** The arguments that are not flags; only a command that sets `takesArguments` gets any. */
  positionals: string[]
  isJson: boolean
  /** `--lang`, else `PROVIDER_DESK_LANG`, else German: the language of messages and human output. */
  language: Language
  /** Reports progress on stderr (only when stderr is a terminal and not in --json mode). */
  progress: (message: string) => void
}

/** What a command does with its parsed command line. */
export type CommandRun<T extends Flags = Flags> = (
  context: CommandContext<T>,
) => Promise<CommandResult>

/**
 * One `provider-desk` command: what `--help` says of it, the flags it takes, and where
 * its work is. `main` parses the command line against `flags` before it loads `run`, so
 * `--help` and bad usage never import a command's module (nor, through it, Payload).
 */
export type Command<T extends Flags = Flags> = {
  name: string
  summary: string
  usage: string
  flags: T
  /** Whether the command takes arguments besides its flags (`import <file|dir>…`). */
  takesArguments?: boolean
  /** Imports the command's module when the command is chosen, and gives its `run`. */
  loadRun: () => Promise<CommandRun<T>>
}

/** A command with its flags' types checked against what its `run` reads. */
export const defineCommand = <T extends Flags>(command: Command<T>): Command =>
  command as unknown as Command

/** The result of a command that failed before or instead of its work: exit code and message. */
export const failure = (exitCode: number, message: string, code: string): CommandResult => ({
  exitCode,
  json: { error: { code, message } },
  human: '',
})
