import { openPayload } from '../../db/openPayload'
import { message, render } from '../../i18n/messages'
import { seedDemo } from '../../../seed/seedDemo'
import type { CommandContext, CommandResult } from '../command'
import type { seedFlags } from './seed'
import { exitCodes } from '../errors'

export const runSeedCommand = async ({
  language,
}: CommandContext<typeof seedFlags>): Promise<CommandResult> => {
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
}
