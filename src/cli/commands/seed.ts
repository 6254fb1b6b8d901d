import { openPayload } from '../../db/openPayload'
import { message, render } from '../../i18n/messages'
import { seedDemo } from '../../../seed/seedDemo'
import { defineCommand } from '../command'
import { exitCodes } from '../errors'

const usage = 'provider-desk seed [--json] [--lang de|en]'

export const seedCommand = defineCommand({
  name: 'seed',
  summary:
    'Load the demo content: the Session profile (with sessionapp.zendesk.com as a vendor domain). No users.',
  usage,
  flags: {},
  run: async ({ language }) => {
    const payload = await openPayload()
    const report = await seedDemo(payload)
    return {
      exitCode: report.failed > 0 ? exitCodes.failed : exitCodes.ok,
      json: report,
      human: report.files
        .map((result) =>
          result.status === 'imported'
            ? render(language, message('cli.seed.seeded', { slug: result.slug }))
            : render(
                language,
                message('cli.import.failed', { file: result.file, error: result.error }),
              ),
        )
        .join('\n'),
    }
  },
})
