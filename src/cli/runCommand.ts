import { env } from '../env'
import type { Language } from '../i18n/messages'
import { languages, message, render } from '../i18n/messages'
import { isExpectedError } from '../errors'
import { loadDotEnv } from '../loadDotEnv'
import type { Command, CommandResult } from './command'
import { failure } from './command'
import { exitCodes, UsageError } from './errors'
import { parseFlags } from './parseFlags'

/** Bad usage and configuration (`isUsage`) exit 2; other expected errors exit 1; bugs propagate with their stack. */
const describeUnexpected = (err: unknown): CommandResult => {
  if (!isExpectedError(err)) throw err
  return failure(err.isUsage ? exitCodes.usage : exitCodes.failed, err.message, err.code)
}

/** `--lang de|en` (or `--lang=…`) anywhere in argv, else `PROVIDER_DESK_LANG`. */
const languageIn = (argv: string[]): Language => {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='))
  if (index === -1) return env().PROVIDER_DESK_LANG
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1]
  const language = languages.find((candidate) => candidate === value)
  if (!language) {
    throw new UsageError(
      render(env().PROVIDER_DESK_LANG, message('cli.usage.bad-lang', { value: value ?? '' })),
    )
  }
  return language
}

/**
 * Runs the chosen command: the environment, `--lang` and the command's flags are checked
 * first, and only then is the command's module imported (with Payload behind it), so bad
 * usage and configuration answer at once. Expected errors become the command's result.
 */
export const runCommand = async ({
  command,
  args,
  isJson,
}: {
  command: Command
  args: string[]
  isJson: boolean
}): Promise<CommandResult> => {
  const isTty = Boolean(process.stderr.isTTY) && !isJson
  try {
    loadDotEnv()
    env()
    const language = languageIn(args)
    const parsed = parseFlags({ command, args, language })
    const run = await command.loadRun()
    const result = await run({
      ...parsed,
      isJson,
      language,
      progress: (message) => {
        if (isTty) process.stderr.write(`\r\x1b[2K${message}`)
      },
    })
    if (isTty) process.stderr.write('\r\x1b[2K')
    return result
  } catch (err) {
    return describeUnexpected(err)
  }
}
