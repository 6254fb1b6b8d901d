import { execFile } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'

import { idOf } from '../db/idOf'
import { env } from '../env'
import type { Language } from '../i18n/messages'
import { siteCommitTexts } from '../i18n/siteCommit/siteCommitTexts'
import type { User } from '../payload-types'
import { GitError } from './errors'
import { manifestPath } from './siteFiles'
import type { RemovedPage, WrittenPage } from './writeLockedSite'

/**
 * The export's commit in the site's repository: `git` run without a shell in the site
 * folder, exactly the paths an export wrote or removed (and the manifest) committed with
 * a message naming each page's approving reviewer, in the publisher's language, a fallback identity only where the
 * repository has none. Never pushes.
 */

/** Variables that would point git at another repository or index than the site's. */
const redirectingVars = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_PREFIX',
  'GIT_COMMON_DIR',
]

const gitEnv = (): NodeJS.ProcessEnv => {
  const vars: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
  for (const name of redirectingVars) delete vars[name]
  return vars
}

/** Runs `git <args>` in `cwd` (no shell) and resolves with its stdout; a non-zero exit rejects with `GitError`. */
const runGit = ({ cwd, args }: { cwd: string; args: readonly string[] }): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, env: gitEnv(), maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          const code = (err as NodeJS.ErrnoException & { code?: number | string }).code ?? null
          reject(new GitError(args, code, String(stderr || err.message)))
          return
        }
        resolve(String(stdout))
      },
    )
  })

/** True when `dir` lies inside a git work tree (not a bare repository, not outside any). */
const isGitWorkTree = async (dir: string): Promise<boolean> => {
  try {
    return (
      (await runGit({ cwd: dir, args: ['rev-parse', '--is-inside-work-tree'] })).trim() === 'true'
    )
  } catch (err) {
    // 128: "not a git repository"; a missing git binary (ENOENT) is reported, not hidden.
    if (err instanceof GitError && err.exitCode === 128) return false
    throw err
  }
}

const configured = async ({ cwd, key }: { cwd: string; key: string }): Promise<boolean> => {
  try {
    return (await runGit({ cwd, args: ['config', '--get', key] })).trim().length > 0
  } catch (err) {
    // `git config --get` exits 1 when the key is unset; anything else is a real failure.
    if (err instanceof GitError && err.exitCode === 1) return false
    throw err
  }
}

/**
 * `-c user.name=… -c user.email=…` for the keys the site's git configuration (repository,
 * global or system) leaves unset, so a commit never fails for want of an identity. A
 * configured identity always wins; `fallbacks` lists the keys that were filled in.
 */
const gitIdentity = async ({
  cwd,
  name,
  email,
}: {
  cwd: string
  name: string
  email: string
}): Promise<{ args: string[]; fallbacks: string[] }> => {
  const args: string[] = []
  const fallbacks: string[] = []
  for (const [key, value] of [
    ['user.name', name],
    ['user.email', email],
  ] as const) {
    if (await configured({ cwd, key })) continue
    args.push('-c', `${key}=${value}`)
    fallbacks.push(`${key}=${value}`)
  }
  return { args, fallbacks }
}

/**
 * Which of `paths` git sees as changed (modified, added, deleted or untracked),
 * from `git status --porcelain -z`. Ignored files are not listed, so they are never committed.
 */
const changedPaths = async ({
  cwd,
  paths,
}: {
  cwd: string
  paths: readonly string[]
}): Promise<string[]> => {
  if (paths.length === 0) return []
  const out = await runGit({
    cwd,
    args: [
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=all',
      '--no-renames',
      '--',
      ...paths,
    ],
  })
  return out
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3))
}

export type GitCommitResult =
  | {
      isWorkTree: true
      /** The new commit's hash; `null` when none of the paths had changes. */
      commit: string | null
      /** Identity keys filled in because the site's git configuration had none. */
      identityFallbacks: string[]
    }
  /** The site folder is no git work tree: the pages are written, nothing is committed. */
  | { isWorkTree: false }

/**
 * Commits exactly `paths` (relative to `siteDir`) in the site's repository: stages
 * those of them git sees as changed (`git add -A -- <paths>`) and commits only them
 * (`git commit --only -- <paths>`), so files staged or edited by someone else stay
 * as they were. Never pushes. Commits nothing when `siteDir` is no work tree.
 */
const gitCommit = async ({
  siteDir,
  paths,
  message,
  fallbackName,
  fallbackEmail,
}: {
  siteDir: string
  paths: readonly string[]
  message: string
  fallbackName: string
  fallbackEmail: string
}): Promise<GitCommitResult> => {
  if (!(await isGitWorkTree(siteDir))) return { isWorkTree: false }
  const changed = await changedPaths({ cwd: siteDir, paths })
  if (changed.length === 0) return { isWorkTree: true, commit: null, identityFallbacks: [] }
  const identity = await gitIdentity({ cwd: siteDir, name: fallbackName, email: fallbackEmail })
  await runGit({ cwd: siteDir, args: ['add', '-A', '--', ...changed] })
  await runGit({
    cwd: siteDir,
    args: [...identity.args, 'commit', '--quiet', '--only', '-m', message, '--', ...changed],
  })
  const commit = (await runGit({ cwd: siteDir, args: ['rev-parse', 'HEAD'] })).trim()
  return { isWorkTree: true, commit, identityFallbacks: identity.fallbacks }
}

// --- The export's commit: its paths, its message, who approved each page

/** `reviewer`: name and address, `null` when the approving user was deleted. */
export type Approval = { reviewer: string | null; reviewedAt: string }

const personOf = (reviewer: string | User | null | undefined): string | null => {
  if (!reviewer || typeof reviewer === 'string') return null
  return reviewer.name?.trim()
    ? `${reviewer.name.trim()} <${reviewer.email}>`
    : `<${reviewer.email}>`
}

/**
 * The latest approval of each written page's provider, by slug: the approval publishes, so
 * it is the approval of the published version the export wrote. System read: no person's
 * access applies.
 */
const loadApprovals = async ({
  payload,
  written,
}: {
  payload: Payload
  written: readonly WrittenPage[]
}): Promise<Map<string, Approval>> => {
  const approvals = new Map<string, Approval>()
  if (written.length === 0) return approvals
  const slugOf = new Map(written.map((page) => [page.providerId, page.slug]))
  const { docs: reviews } = await payload.find({
    collection: 'reviews',
    where: { and: [{ provider: { in: [...slugOf.keys()] } }, { outcome: { equals: 'approved' } }] },
    sort: '-reviewedAt',
    pagination: false,
    depth: 1,
  })
  for (const review of reviews) {
    const slug = slugOf.get(idOf(review.provider) ?? '')
    if (!slug || approvals.has(slug)) continue
    approvals.set(slug, { reviewer: personOf(review.reviewer), reviewedAt: review.reviewedAt })
  }
  return approvals
}

/**
 * The site commit's message in the publisher's language: a subject with the counts, then
 * one line per page with the provider and who approved the exported version, then who
 * started the export.
 *
 *     Export 2 provider pages                       Exportiere 2 Anbieterseiten
 *
 *     - session: approved by Rita Reviewer          - session: freigegeben von Rita Reviewer
 *       <rita@example.org> on 2026-11-22              <rita@example.org> am 22.11.2026
 *     - nebel-vpn: removed (no longer published)    - nebel-vpn: entfernt (nicht mehr veröffentlicht)
 */
export const exportCommitMessage = ({
  written,
  removed,
  approvals,
  startedBy,
  exportId,
  language,
}: {
  written: readonly Pick<WrittenPage, 'slug'>[]
  removed: readonly Pick<RemovedPage, 'slug'>[]
  approvals: ReadonlyMap<string, Approval>
  startedBy: string
  exportId: string
  language: Language
}): string => {
  const t = siteCommitTexts[language]
  const parts: string[] = []
  if (written.length > 0) parts.push(t.exported(t.pages(written.length)))
  if (removed.length > 0) parts.push(t.removed(t.pages(removed.length), parts.length === 0))
  const lines = written.map(({ slug }) => {
    const approval = approvals.get(slug)
    return approval
      ? t.approved(slug, approval.reviewer ?? t.unknownReviewer, approval.reviewedAt.slice(0, 10))
      : t.unapproved(slug)
  })
  for (const { slug } of removed) lines.push(t.gone(slug))
  return [parts.join(', '), '', ...lines, '', t.trailer(startedBy, exportId)].join('\n')
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
  language,
}: {
  payload: Payload
  siteDir: string
  written: readonly WrittenPage[]
  removed: readonly RemovedPage[]
  startedBy: string
  exportId: string
  /** The publisher's language: the message is written in it. */
  language: Language
}): Promise<GitCommitResult> => {
  const isEmpty = written.length + removed.length === 0
  const approvals = await loadApprovals({ payload, written })
  const paths = [...written, ...removed].map((page) => page.path)
  return gitCommit({
    siteDir,
    paths: isEmpty ? [] : [...paths, path.basename(manifestPath(siteDir))],
    message: exportCommitMessage({ written, removed, approvals, startedBy, exportId, language }),
    fallbackName: 'provider-desk',
    fallbackEmail: mailAddress(env().MAIL_FROM),
  })
}
