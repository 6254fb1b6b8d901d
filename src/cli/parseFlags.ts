import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

import { UsageError } from './errors'

type Options = NonNullable<ParseArgsConfig['options']>

/** `node:util` parseArgs (plus the global `--json` and `--lang`), with its errors turned into usage errors that name the command. */
export const parseFlags = <T extends Options>({
  args,
  options,
  usage,
  allowPositionals = false,
}: {
  args: string[]
  options: T
  usage: string
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
    const message = err instanceof Error ? err.message : String(err)
    throw new UsageError(`${message}\nUsage: ${usage}`)
  }
}
