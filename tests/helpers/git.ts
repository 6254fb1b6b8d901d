import { execFileSync } from 'node:child_process'

/** Runs git in `cwd` for a test and returns its stdout (throws on a non-zero exit). */
export const git = ({ cwd, args }: { cwd: string; args: string[] }): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_DIR: undefined,
      GIT_WORK_TREE: undefined,
      GIT_INDEX_FILE: undefined,
    },
  })
