import { readFileSync } from 'node:fs'

import type { Command, CommandResult } from './command'
import { failure } from './command'
import { exitCodes } from './errors'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { lintCommand } from './commands/lint'
import { remindCommand } from './commands/remind'
import { seedCommand } from './commands/seed'
import { userAddCommand } from './commands/userAdd'
import { watchCommand } from './commands/watch'

/**
 * Every `provider-desk` command, in the order `--help` lists them. Each entry is what
 * `--help` says of it; its module (and Payload) is imported only when it is chosen.
 */
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

/** `provider-desk 0.1.0`: the version in package.json. */
const versionText = (): string => {
  const packageJson = new URL('../../package.json', import.meta.url)
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }
  return `provider-desk ${version}`
}

const findCommand = (argv: string[]): { command: Command; rest: string[] } | undefined => {
  for (const command of commands) {
    const words = command.name.split(' ')
    if (words.every((word, index) => argv[index] === word)) {
      return { command, rest: argv.slice(words.length) }
    }
  }
  return undefined
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
  if (argv.length === 1 && argv[0] === '--version') {
    await write(process.stdout, versionText())
    return exitCodes.ok
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
    const { runCommand } = await import('./runCommand')
    result = await runCommand({ command: found.command, args: found.rest, isJson })
  }
  const errorMessage = (result.json as { error?: { message?: string } } | null)?.error?.message
  if (errorMessage) await write(process.stderr, `provider-desk: ${errorMessage}`)
  if (isJson) await write(process.stdout, JSON.stringify(result.json, null, 2))
  else await write(process.stdout, result.human)
  return result.exitCode
}
