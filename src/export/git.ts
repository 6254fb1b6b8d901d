import { execFile } from 'node:child_process'

import { GitCommitSkipped, GitError } from './errors'

/**
 * Git for the export: runs `git` without a shell in the site folder and commits exactly
 * the paths an export wrote or removed, with a fallback identity. Never pushes.
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
    throw new GitCommitSkipped(siteDir)
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
