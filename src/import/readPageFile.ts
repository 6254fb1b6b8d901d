import { readFile, stat } from 'node:fs/promises'

import { PageFileError } from './errors'

/** Pages on the site are some 15 KB; anything far larger is not a page. */
export const maxPageBytes = 1024 * 1024

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Reads a page file as UTF-8 text, refusing what cannot be a page before parsing it. */
export const readPageFile = async (file: string): Promise<string> => {
  let size: number
  try {
    size = (await stat(file)).size
  } catch (err) {
    throw new PageFileError('file.unreadable', `cannot read the file: ${(err as Error).message}`)
  }
  if (size > maxPageBytes) {
    throw new PageFileError(
      'file.too-large',
      `the file has ${megabytes(size)}; a page may have at most ${megabytes(maxPageBytes)}`,
    )
  }
  const bytes = await readFile(file).catch((err: Error) => {
    throw new PageFileError('file.unreadable', `cannot read the file: ${err.message}`)
  })
  if (bytes.includes(0)) {
    throw new PageFileError(
      'file.binary',
      'the file holds binary data (NUL bytes), not a markdown page',
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PageFileError('file.not-utf8', 'the file is not valid UTF-8 text; save it as UTF-8')
  }
}
