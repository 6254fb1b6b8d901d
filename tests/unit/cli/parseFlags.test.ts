import { describe, expect, it } from 'vitest'

import { UsageError } from '../../../src/cli/errors'
import { parseFlags } from '../../../src/cli/parseFlags'

const usage = 'provider-desk lint [--provider SLUG] [--json] [--lang de|en]'
const options = { provider: { type: 'string' } } as const

const refusal = (args: string[], language: 'de' | 'en'): UsageError => {
  try {
    parseFlags({ args, options, usage, language })
  } catch (err) {
    if (err instanceof UsageError) return err
    throw err
  }
  throw new Error(`parseFlags accepted ${args.join(' ')}`)
}

describe('parseFlags', () => {
  it('reads the flags, --json and --lang included', () => {
    const { values } = parseFlags({
      args: ['--provider', 'session', '--json', '--lang', 'en'],
      options,
      usage,
      language: 'de',
    })
    expect(values).toEqual({ provider: 'session', json: true, lang: 'en' })
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
})
