import { readFinding } from '../../findings/finding'
import { message, render } from '../../i18n/messages'
import { importPages } from '../../import/importPages'
import { openPayload } from '../../db/openPayload'
import type { CommandContext, CommandResult } from '../command'
import { importCommand } from './import'
import type { importFlags } from './import'
import { exitCodes, UsageError } from '../errors'

const { usage } = importCommand

export const runImportCommand = async ({
  positionals,
  progress,
  language,
}: CommandContext<typeof importFlags>): Promise<CommandResult> => {
  if (positionals.length === 0)
    throw new UsageError(render(language, message('cli.import.no-files', { usage })))
  const payload = await openPayload()
  const report = await importPages({
    payload,
    paths: positionals,
    onProgress: ({ done, total, file }) => {
      if (total > 1)
        progress(render(language, message('cli.import.progress', { done, total, file })))
    },
  })
  const text = (given: Parameters<typeof render>[1]) => render(language, given)
  // A failed file's error in `--lang`, where it was worded by the catalogue.
  const files = report.files.map((result) =>
    result.status === 'failed' && result.errorDetail
      ? { ...result, error: text(result.errorDetail) }
      : result,
  )
  const lines = files.map((result) =>
    result.status === 'imported'
      ? text(message('cli.import.imported', { file: result.file, slug: result.slug })) +
        (result.findings.length
          ? text(
              message('cli.import.findings', {
                count: result.findings.length,
                summary: summarize(result.findings),
              }),
            )
          : '')
      : text(message('cli.import.failed', { file: result.file, error: result.error })),
  )
  const json = {
    ...report,
    files: files.map((result) => ({
      ...result,
      findings: result.findings.map((finding) => readFinding(finding, language)),
    })),
  }
  return {
    exitCode: report.failed > 0 ? exitCodes.failed : exitCodes.ok,
    json,
    human: [
      ...lines,
      text(message('cli.import.summary', { imported: report.imported, failed: report.failed })),
    ].join('\n'),
  }
}

const summarize = (findings: { code: string }[]): string => {
  const counts = new Map<string, number>()
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1)
  return [...counts].map(([code, count]) => `${count}× ${code}`).join(', ')
}
