import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

import type { Language, Message } from '../i18n/messages'
import { message, render } from '../i18n/messages'
import { UsageError } from './errors'

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

/**
 * One `provider-desk` command: what `--help` says of it, the flags it takes, and what it
 * does with them. `main` parses the command line against `flags` before `run` is called.
 */
export type Command<T extends Flags = Flags> = {
  name: string
  summary: string
  usage: string
  flags: T
  /** Whether the command takes arguments besides its flags (`import <file|dir>…`). */
  takesArguments?: boolean
  run: (context: CommandContext<T>) => Promise<CommandResult>
}

/** A command with its flags' types checked against what `run` reads. */
export const defineCommand = <T extends Flags>(command: Command<T>): Command =>
  command as unknown as Command

/** The flag or argument Node's message quotes (`Unknown option '--foo'`). */
const quotedIn = (text: string): string => /'([^']+)'/.exec(text)?.[1] ?? text

/**
 * What was wrong with the command line, in the reader's language: Node's parse errors
 * by their stable codes, anything else as Node words it.
 */
const usageProblem = (err: unknown, usage: string): Message => {
  const text = err instanceof Error ? err.message : String(err)
  switch ((err as { code?: unknown }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return message('cli.usage.unknown-option', { option: quotedIn(text), usage })
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message('cli.usage.bad-value', { option: quotedIn(text), usage })
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return message('cli.usage.unexpected-argument', { argument: quotedIn(text), usage })
    default:
      return message('cli.usage.other', { detail: text, usage })
  }
}

/**
 * A command's arguments parsed against its flags (plus the global `--json` and `--lang`),
 * with Node's parse errors turned into usage errors that name the command's usage.
 */
export const parseFlags = ({
  command,
  args,
  language,
}: {
  command: Pick<Command, 'flags' | 'usage' | 'takesArguments'>
  args: string[]
  language: Language
}): Pick<CommandContext, 'flags' | 'positionals'> => {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...command.flags, json: { type: 'boolean' }, lang: { type: 'string' } },
      allowPositionals: command.takesArguments === true,
      strict: true,
    })
    return { flags: values, positionals }
  } catch (err) {
    throw new UsageError(render(language, usageProblem(err, command.usage)))
  }
}
