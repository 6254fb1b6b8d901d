import { importPages } from '../../import/importPages'
import { openPayload } from '../../db/openPayload'
import type { Command } from '../command'
import { exitCodes, UsageError } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk import <file|dir>… [--json]'

export const importCommand: Command = {
  name: 'import',
  summary: 'Read site pages (files, or folders of .md files) into providers, sources and audits.',
  usage,
  run: async ({ args, progress }) => {
    const { positionals } = parseFlags({ args, usage, options: {}, allowPositionals: true })
    if (positionals.length === 0)
      throw new UsageError(`Name at least one page file or folder.\nUsage: ${usage}`)
    const payload = await openPayload()
    const report = await importPages({
      payload,
      paths: positionals,
      onProgress: ({ done, total, file }) => {
        if (total > 1) progress(`Importing ${done}/${total} ${file}`)
      },
    })
    const lines = report.files.map((result) =>
      result.status === 'imported'
        ? `imported ${result.file} → ${result.slug}` +
          (result.findings.length
            ? ` (${result.findings.length} findings: ${summarize(result.findings)})`
            : '')
        : `FAILED   ${result.file}: ${result.error}`,
    )
    return {
      exitCode: report.failed > 0 ? exitCodes.failed : exitCodes.ok,
      json: report,
      human: [...lines, `${report.imported} imported, ${report.failed} failed.`].join('\n'),
    }
  },
}

const summarize = (findings: { code: string }[]): string => {
  const counts = new Map<string, number>()
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1)
  return [...counts].map(([code, count]) => `${count}× ${code}`).join(', ')
}
