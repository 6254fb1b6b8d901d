import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

const tempPrefix = '.provider-desk-tmp-'

/**
 * Writes a file so that readers only ever see the old or the new bytes: a temp
 * file in the same folder, flushed, then renamed over the target.
 */
export const writeFileAtomic = async (file: string, content: string): Promise<void> => {
  const dir = path.dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = path.join(dir, `${tempPrefix}${process.pid}-${randomBytes(6).toString('hex')}`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

/** Removes temp files a killed run left behind in a folder (they are never pages); no folder there, nothing to remove. */
export const removeStaleTempFiles = async (dir: string): Promise<void> => {
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [] as string[]
    throw err
  })
  await Promise.all(
    entries
      .filter((name) => name.startsWith(tempPrefix))
      .map((name) => rm(path.join(dir, name), { force: true })),
  )
}
