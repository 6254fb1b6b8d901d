import type { Approval } from './loadApprovals'
import { slugOfPagePath } from './siteFiles'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * The site commit's message: a subject with the counts, then one line per page with
 * the provider and who approved the exported version, then who started the export.
 *
 *     Export 2 provider pages
 *
 *     - session: approved by Rita Reviewer <rita@example.org> on 2026-11-22
 *     - nebel-vpn: removed (no longer published)
 */
export const exportCommitMessage = ({
  written,
  removed,
  approvals,
  startedBy,
  exportId,
}: {
  written: readonly string[]
  removed: readonly string[]
  approvals: ReadonlyMap<string, Approval>
  startedBy: string
  exportId: string
}): string => {
  const parts: string[] = []
  if (written.length > 0)
    parts.push(`Export ${plural(written.length, 'provider page', 'provider pages')}`)
  if (removed.length > 0) {
    const what = plural(removed.length, 'provider page', 'provider pages')
    parts.push(parts.length > 0 ? `remove ${what}` : `Remove ${what}`)
  }
  const lines = written.map((relPath) => {
    const slug = slugOfPagePath(relPath)
    const approval = approvals.get(slug)
    return approval
      ? `- ${slug}: approved by ${approval.reviewer} on ${approval.reviewedAt.slice(0, 10)}`
      : `- ${slug}: no recorded approval (published by import)`
  })
  for (const relPath of removed)
    lines.push(`- ${slugOfPagePath(relPath)}: removed (no longer published)`)
  return [
    parts.join(', '),
    '',
    ...lines,
    '',
    `Exported by provider-desk for ${startedBy} (export ${exportId}).`,
  ].join('\n')
}
