import type { Command } from '../command'
import { exitCodes } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk seed [--json]'

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Load the demo content (the Session profile).',
  usage,
  run: async ({ args }) => {
    parseFlags({ args, usage, options: {} })
    return { exitCode: exitCodes.ok, json: {}, human: '' }
  },
}
