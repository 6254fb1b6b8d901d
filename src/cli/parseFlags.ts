import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

import type { Language, Message } from '../i18n/messages'
import { message, render } from '../i18n/messages'
import { UsageError } from './errors'

type Options = NonNullable<ParseArgsConfig['options']>

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

/** `node:util` parseArgs (plus the global `--json` and `--lang`), with its errors turned into usage errors that name the command. */
export const parseFlags = <T extends Options>({
  args,
  options,
  usage,
  language,
  allowPositionals = false,
}: {
  args: string[]
  options: T
  usage: string
  language: Language
  allowPositionals?: boolean
}) => {
  try {
    return parseArgs({
      args,
      options: { ...options, json: { type: 'boolean' }, lang: { type: 'string' } },
      allowPositionals,
      strict: true,
    })
  } catch (err) {
    throw new UsageError(render(language, usageProblem(err, usage)))
  }
}
