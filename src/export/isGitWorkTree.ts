import { GitError } from './errors'
import { runGit } from './runGit'

/** True when `dir` lies inside a git work tree (not a bare repository, not outside any). */
export const isGitWorkTree = async (dir: string): Promise<boolean> => {
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
