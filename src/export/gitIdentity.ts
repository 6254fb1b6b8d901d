import { GitError } from './errors'
import { runGit } from './runGit'

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
export const gitIdentity = async ({
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
