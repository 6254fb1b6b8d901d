import { changedPaths } from './changedPaths'
import { GitCommitSkipped } from './errors'
import { gitIdentity } from './gitIdentity'
import { isGitWorkTree } from './isGitWorkTree'
import { runGit } from './runGit'

export type GitCommitResult = {
  /** The new commit's hash; `null` when none of the paths had changes. */
  commit: string | null
  /** Identity keys filled in because the site's git configuration had none. */
  identityFallbacks: string[]
}

/**
 * Commits exactly `paths` (relative to `siteDir`) in the site's repository: stages
 * those of them git sees as changed (`git add -A -- <paths>`) and commits only them
 * (`git commit --only -- <paths>`), so files staged or edited by someone else stay
 * as they were. Never pushes. Throws `GitCommitSkipped` when `siteDir` is no work tree.
 */
export const gitCommit = async ({
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
  if (!(await isGitWorkTree(siteDir))) {
    throw new GitCommitSkipped(
      `No commit made: ${siteDir} is not a git work tree. Run "git init" there (or point SITE_DIR at the site's checkout), or set EXPORT_GIT_COMMIT=false.`,
    )
  }
  const changed = await changedPaths({ cwd: siteDir, paths })
  if (changed.length === 0) return { commit: null, identityFallbacks: [] }
  const identity = await gitIdentity({ cwd: siteDir, name: fallbackName, email: fallbackEmail })
  await runGit({ cwd: siteDir, args: ['add', '-A', '--', ...changed] })
  await runGit({
    cwd: siteDir,
    args: [...identity.args, 'commit', '--quiet', '--only', '-m', message, '--', ...changed],
  })
  const commit = (await runGit({ cwd: siteDir, args: ['rev-parse', 'HEAD'] })).trim()
  return { commit, identityFallbacks: identity.fallbacks }
}
