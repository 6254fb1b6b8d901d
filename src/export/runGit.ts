import { execFile } from 'node:child_process'

import { GitError } from './errors'

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
export const runGit = ({ cwd, args }: { cwd: string; args: readonly string[] }): Promise<string> =>
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
