import { describe, expect, it } from 'vitest'

import { UsageError } from '../../../src/cli/errors'
import { parseFlags } from '../../../src/cli/parseFlags'

const usage = 'provider-desk lint [--provider SLUG] [--json] [--lang de|en]'
const command = { flags: { provider: { type: 'string' } }, usage } as const

const refusal = (args: string[], language: 'de' | 'en'): UsageError => {
  try {
    parseFlags({ command, args, language })
  } catch (err) {
    if (err instanceof UsageError) return err
    throw err
  }
  throw new Error(`parseFlags accepted ${args.join(' ')}`)
}

describe('parseFlags (a command line against its command)', () => {
  it('reads the flags, --json and --lang included', () => {
    const { flags } = parseFlags({
      command,
      args: ['--provider', 'session', '--json', '--lang', 'en'],
      language: 'de',
    })
    expect(flags).toEqual({ provider: 'session', json: true, lang: 'en' })
  })

  it.each([
    [['--frob'], 'de', 'Unbekannte Option „--frob“.'],
    [['--frob'], 'en', "Unknown option '--frob'."],
    [['--provider'], 'de', 'Der Option „--provider <value>“ fehlt ihr Wert'],
    [['--provider'], 'en', "The option '--provider <value>' is missing its value"],
    [['extra'], 'de', 'Unerwartetes Argument „extra“'],
    [['extra'], 'en', "Unexpected argument 'extra'"],
  ] as const)('refuses %j in %s, naming the flag and the usage', (args, language, start) => {
    const error = refusal([...args], language)
    expect(error.message.startsWith(start)).toBe(true)
    expect(error.message).toContain(usage)
    expect(error.code).toBe('usage')
  })

  it('gives the arguments besides the flags only to a command that takes them', () => {
    const files = { flags: {}, usage: 'provider-desk import <file|dir>…', takesArguments: true }
    expect(parseFlags({ command: files, args: ['a.md', '--json', 'b'], language: 'en' })).toEqual({
      flags: { json: true },
      positionals: ['a.md', 'b'],
    })
    expect(() =>
      parseFlags({ command: { ...files, takesArguments: false }, args: ['a.md'], language: 'en' }),
    ).toThrow("Unexpected argument 'a.md'")
  })
})
