import { env } from '../env'
import type { Language } from '../i18n/messages'
import { languages, message, render } from '../i18n/messages'
import { isExpectedError } from '../errors'
import { loadDotEnv } from '../loadDotEnv'
import type { Command, CommandResult } from './command'
import { parseFlags } from './command'
import { exitCodes, UsageError } from './errors'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { lintCommand } from './commands/lint'
import { remindCommand } from './commands/remind'
import { seedCommand } from './commands/seed'
import { userAddCommand } from './commands/userAdd'
import { watchCommand } from './commands/watch'

/** Every `provider-desk` command, in the order `--help` lists them. */
const commands: Command[] = [
  seedCommand,
  importCommand,
  exportCommand,
  lintCommand,
  userAddCommand,
  remindCommand,
  watchCommand,
]

const helpText = (): string =>
  [
    'provider-desk: editorial workflow for fact-checked provider profiles',
    '',
    'Usage: provider-desk <command> [options] [--json]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.usage}\n      ${command.summary}`),
    '',
    'Every command takes --json and then prints exactly one JSON document on stdout,',
    'and --lang de|en (default PROVIDER_DESK_LANG, else de) for the language of its messages.',
    'Exit codes: 0 ok, 1 findings or failed work, 2 bad usage or configuration.',
  ].join('\n')

const findCommand = (argv: string[]): { command: Command; rest: string[] } | undefined => {
  for (const command of commands) {
    const words = command.name.split(' ')
    if (words.every((word, index) => argv[index] === word)) {
      return { command, rest: argv.slice(words.length) }
    }
  }
  return undefined
}

const failure = (exitCode: number, message: string, code: string): CommandResult => ({
  exitCode,
  json: { error: { code, message } },
  human: '',
})

/** Bad usage and configuration (`usage`, `env.…`, `db.…`) exit 2; other expected errors exit 1; bugs propagate with their stack. */
const usageCodes = /^(usage$|env\.|db\.)/

const describeUnexpected = (err: unknown): CommandResult => {
  if (!isExpectedError(err)) throw err
  return failure(
    usageCodes.test(err.code) ? exitCodes.usage : exitCodes.failed,
    err.message,
    err.code,
  )
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

const write = (stream: NodeJS.WriteStream, text: string): Promise<void> =>
  new Promise((resolve) => {
    if (!text) return resolve()
    stream.write(text.endsWith('\n') ? text : text + '\n', () => resolve())
  })

export const main = async (argv: string[]): Promise<number> => {
  const isJson = argv.includes('--json')
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help' || argv[0] === '-h') {
    await write(process.stdout, helpText())
    return argv.length === 0 ? exitCodes.usage : exitCodes.ok
  }
  const found = findCommand(argv)
  let result: CommandResult
  if (!found) {
    result = failure(
      exitCodes.usage,
      `Unknown command "${argv.join(' ')}".\n\n${helpText()}`,
      'usage',
    )
  } else {
    const isTty = Boolean(process.stderr.isTTY) && !isJson
    try {
      loadDotEnv()
      env()
      const language = languageIn(found.rest)
      result = await found.command.run({
        ...parseFlags({ command: found.command, args: found.rest, language }),
        isJson,
        language,
        progress: (message) => {
          if (isTty) process.stderr.write(`\r\x1b[2K${message}`)
        },
      })
      if (isTty) process.stderr.write('\r\x1b[2K')
    } catch (err) {
      result = describeUnexpected(err)
    }
  }
  const errorMessage = (result.json as { error?: { message?: string } } | null)?.error?.message
  if (errorMessage) await write(process.stderr, `provider-desk: ${errorMessage}`)
  if (isJson) await write(process.stdout, JSON.stringify(result.json, null, 2))
  else await write(process.stdout, result.human)
  return result.exitCode
}
