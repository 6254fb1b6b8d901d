import path from 'node:path'
import type { Payload } from 'payload'

import { env } from '../env'
import type { User } from '../payload-types'
import type { GitCommitResult } from './git'
import { gitCommit } from './git'
import { manifestPath, slugOfPagePath } from './siteFiles'

export type Approval = { reviewer: string; reviewedAt: string }

const personOf = (reviewer: string | User | null | undefined): string => {
  if (!reviewer || typeof reviewer === 'string') return 'an unknown reviewer (user deleted)'
  return reviewer.name?.trim()
    ? `${reviewer.name.trim()} <${reviewer.email}>`
    : `<${reviewer.email}>`
}

/**
 * The latest approval of each provider (by slug): the approval publishes, so it is the
 * approval of the published version the export wrote. System read: no person's access applies.
 */
const loadApprovals = async ({
  payload,
  slugs,
}: {
  payload: Payload
  slugs: readonly string[]
}): Promise<Map<string, Approval>> => {
  const approvals = new Map<string, Approval>()
  if (slugs.length === 0) return approvals
  const { docs: providers } = await payload.find({
    collection: 'providers',
    where: { slug: { in: [...slugs] } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const slugOf = new Map(providers.map((provider) => [provider.id, provider.slug]))
  const { docs: reviews } = await payload.find({
    collection: 'reviews',
    where: { and: [{ provider: { in: [...slugOf.keys()] } }, { outcome: { equals: 'approved' } }] },
    sort: '-reviewedAt',
    pagination: false,
    depth: 1,
  })
  for (const review of reviews) {
    const providerId = typeof review.provider === 'string' ? review.provider : review.provider.id
    const slug = slugOf.get(providerId)
    if (!slug || approvals.has(slug)) continue
    approvals.set(slug, { reviewer: personOf(review.reviewer), reviewedAt: review.reviewedAt })
  }
  return approvals
}

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

const mailAddress = (from: string): string => from.match(/<([^>]+)>/)?.[1] ?? from

/**
 * Commits what one export wrote or removed, plus the manifest, in the site's repository,
 * naming each provider's approving reviewer. No pages changed: no commit (a manifest-only
 * change rides along with the next export that changes pages). The commit identity is the
 * repository's; only when it has none, `provider-desk <MAIL_FROM address>` is used.
 */
export const commitExport = async ({
  payload,
  siteDir,
  written,
  removed,
  startedBy,
  exportId,
}: {
  payload: Payload
  siteDir: string
  written: readonly string[]
  removed: readonly string[]
  startedBy: string
  exportId: string
}): Promise<GitCommitResult> => {
  const isEmpty = written.length + removed.length === 0
  const approvals = await loadApprovals({ payload, slugs: written.map(slugOfPagePath) })
  return gitCommit({
    siteDir,
    paths: isEmpty ? [] : [...written, ...removed, path.basename(manifestPath(siteDir))],
    message: exportCommitMessage({ written, removed, approvals, startedBy, exportId }),
    fallbackName: 'provider-desk',
    fallbackEmail: mailAddress(env().MAIL_FROM),
  })
}
