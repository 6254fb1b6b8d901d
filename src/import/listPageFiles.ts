import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * The files an import reads: each file argument as given, and every `.md` file
 * below each directory argument (sorted, so runs are repeatable). A path that does
 * not exist is returned too, so the import reports it by name.
 */
export const listPageFiles = async (paths: readonly string[]): Promise<string[]> => {
  const files: string[] = []
  for (const entry of paths) {
    const info = await stat(entry).catch(() => null)
    if (!info?.isDirectory()) {
      files.push(entry)
      continue
    }
    const children = (await readdir(entry, { recursive: true, withFileTypes: true }))
      .filter((child) => child.isFile() && child.name.endsWith('.md'))
      .map((child) => path.join(child.parentPath, child.name))
      .sort()
    files.push(...children)
  }
  return files
}
