import { openPayload } from '../../db/openPayload'
import { seedDemo } from '../../../seed/seedDemo'
import type { Command } from '../command'
import { exitCodes } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk seed [--json]'

export const seedCommand: Command = {
  name: 'seed',
  summary:
    'Load the demo content: the Session profile (with sessionapp.zendesk.com as a vendor domain). No users.',
  usage,
  run: async ({ args }) => {
    parseFlags({ args, usage, options: {} })
    const payload = await openPayload()
    const report = await seedDemo(payload)
    return {
      exitCode: report.failed > 0 ? exitCodes.failed : exitCodes.ok,
      json: report,
      human: report.files
        .map((result) =>
          result.status === 'imported'
            ? `seeded ${result.slug}`
            : `FAILED ${result.file}: ${result.error}`,
        )
        .join('\n'),
    }
  },
}
