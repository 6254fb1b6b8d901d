import type { Finding, ReadFinding } from '../../findings/finding'
import { hasError, readFinding } from '../../findings/finding'
import type { Language } from '../../i18n/messages'
import { message, render } from '../../i18n/messages'
import { openPayload } from '../../db/openPayload'
import { collectProviderFindings } from '../../lint/lintProvider'
import type { CommandContext, CommandResult } from '../command'
import type { lintFlags } from './lint'
import { exitCodes, UsageError } from '../errors'
import { findUnrecordedPublications } from '../../workflow/reviewLog'

/** How many whole revisions lint holds in memory at once. */
const lintBatchSize = 200

type LintedProviderReport = { slug: string; findings: Finding[] }

const describeProvider = ({
  slug,
  findings,
  language,
}: {
  slug: string
  findings: ReadFinding[]
  language: Language
}): string[] => [
  findings.length === 0 ? render(language, message('cli.lint.no-findings', { slug })) : `${slug}:`,
  ...findings.map(
    (finding) =>
      `  ${render(language, message(`cli.severity.${finding.severity}`, {})).padEnd(7)} ${finding.code} [${finding.field}] ${finding.message}` +
      (finding.value ? `\n          ${finding.value}` : ''),
  ),
]

/**
 * Lints the latest revision (draft included) of every provider, or of one: the
 * primary-source rule on its citations and audits, Datenblatt, texts, required fields,
 * staleness, and any published version without its approval record. Exit 1 when any
 * finding is an error (those block approval) or a publication is unrecorded, 2 for an
 * unknown slug. Messages and the human output are in `--lang`; `--json` keeps each
 * finding's stable codes and parameters and adds its `message` in that language.
 */
export const runLintCommand = async ({
  flags,
  progress,
  language,
}: CommandContext<typeof lintFlags>): Promise<CommandResult> => {
  const slug = flags.provider
  const payload = await openPayload()
  // Slugs first, then the whole revisions a batch at a time: memory stays bounded.
  const { docs: listed } = await payload.find({
    collection: 'providers',
    where: slug === undefined ? {} : { slug: { equals: slug } },
    draft: true,
    sort: 'slug',
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  if (slug !== undefined && listed.length === 0) {
    throw new UsageError(render(language, message('cli.lint.unknown-slug', { slug })))
  }
  const now = new Date()
  const reports: LintedProviderReport[] = []
  for (let start = 0; start < listed.length; start += lintBatchSize) {
    const { docs: providers } = await payload.find({
      collection: 'providers',
      where: { id: { in: listed.slice(start, start + lintBatchSize).map((doc) => doc.id) } },
      draft: true,
      sort: 'slug',
      pagination: false,
      depth: 0,
    })
    for (const provider of providers) {
      progress(`Linting ${provider.slug} …`)
      const findings = await collectProviderFindings({
        payload,
        providerId: provider.id,
        now,
        provider,
      })
      reports.push({ slug: provider.slug, findings })
    }
  }
  const slugs = new Set(reports.map((report) => report.slug))
  const unrecorded = (await findUnrecordedPublications(payload)).filter((entry) =>
    slugs.has(entry.slug),
  )
  const isFailed = reports.some((report) => hasError(report.findings)) || unrecorded.length > 0
  const read = reports.map((report) => ({
    slug: report.slug,
    findings: report.findings.map((finding) => readFinding(finding, language)),
  }))
  const json = {
    unrecordedPublications: unrecorded.map(({ slug, versionId }) => ({ slug, versionId })),
    providers: read.map((report) => ({
      slug: report.slug,
      findings: report.findings.map(
        ({ code, severity, messageCode, params, message, field, value }) => ({
          code,
          severity,
          messageCode,
          params,
          message,
          field,
          value,
        }),
      ),
    })),
  }
  const errorCount = reports.flatMap((report) =>
    report.findings.filter((finding) => finding.severity === 'error'),
  ).length
  const human = [
    ...read.flatMap((report) => describeProvider({ ...report, language })),
    ...unrecorded.map(({ slug, versionId }) =>
      render(language, message('cli.lint.unrecorded', { slug, versionId: String(versionId) })),
    ),
    render(
      language,
      message('cli.lint.summary', { providers: reports.length, errors: errorCount }),
    ),
  ].join('\n')
  return { exitCode: isFailed ? exitCodes.failed : exitCodes.ok, json, human }
}
