import { runGit } from './runGit'

/**
 * Which of `paths` git sees as changed (modified, added, deleted or untracked),
 * from `git status --porcelain -z`. Ignored files are not listed, so they are never committed.
 */
export const changedPaths = async ({
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
