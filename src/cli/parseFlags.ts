import { parseArgs } from 'node:util'

import type { Language, Message } from '../i18n/messages'
import { message, render } from '../i18n/messages'
import type { Command, CommandContext } from './command'
import { UsageError } from './errors'

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
