import type { Finding } from '../../findings/finding'
import { hasError } from '../../findings/finding'
import { openPayload } from '../../db/openPayload'
import { collectProviderFindings } from '../../lint/collectProviderFindings'
import type { Command } from '../command'
import { exitCodes, UsageError } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk lint [--provider SLUG] [--json]'

type LintedProviderReport = { slug: string; findings: Finding[] }

const describeProvider = ({ slug, findings }: LintedProviderReport): string[] => [
  findings.length === 0 ? `${slug}: no findings` : `${slug}:`,
  ...findings.map(
    (finding) =>
      `  ${finding.severity.padEnd(7)} ${finding.code} [${finding.field}] ${finding.message}` +
      (finding.value ? `\n          ${finding.value}` : ''),
  ),
]

/**
 * Lints the latest revision (draft included) of every provider, or of one: the
 * primary-source rule on its sources, Datenblatt, texts, required fields, staleness.
 * Exit 1 when any finding is an error (those block approval), 2 for an unknown slug.
 */
export const lintCommand: Command = {
  name: 'lint',
  summary:
    'List the findings of every provider (or one): rejected sources, Datenblatt mismatches, scraped e-mails, missing fields, staleness. Exit 1 on any error.',
  usage,
  run: async ({ args, progress }) => {
    const { values } = parseFlags({ args, usage, options: { provider: { type: 'string' } } })
    const slug = values.provider
    const payload = await openPayload()
    const { docs: providers } = await payload.find({
      collection: 'providers',
      where: slug === undefined ? {} : { slug: { equals: slug } },
      draft: true,
      sort: 'slug',
      pagination: false,
      depth: 0,
    })
    if (slug !== undefined && providers.length === 0) {
      throw new UsageError(
        `There is no provider with the slug "${slug}". Run provider-desk lint without --provider to see them all.`,
      )
    }
    const now = new Date()
    const reports: LintedProviderReport[] = []
    for (const provider of providers) {
      progress(`Linting ${provider.slug} …`)
      const findings = await collectProviderFindings({ payload, providerId: provider.id, now })
      reports.push({ slug: provider.slug, findings })
    }
    const isFailed = reports.some((report) => hasError(report.findings))
    const json = {
      providers: reports.map((report) => ({
        slug: report.slug,
        findings: report.findings.map(({ code, severity, message, field, value }) => ({
          code,
          severity,
          message,
          field,
          value,
        })),
      })),
    }
    const errorCount = reports.flatMap((report) =>
      report.findings.filter((finding) => finding.severity === 'error'),
    ).length
    const human = [
      ...reports.flatMap(describeProvider),
      `${reports.length} provider(s), ${errorCount} error(s).`,
    ].join('\n')
    return { exitCode: isFailed ? exitCodes.failed : exitCodes.ok, json, human }
  },
}
