import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { PageFileError } from './errors'
import { message } from '../i18n/messages'

/**
 * The import's file I/O: which files it reads (`listPageFiles`) and reading one as a
 * page's text (`readPageFile`), refusing what cannot be a page before it is parsed.
 */

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

/** Pages on the site are some 15 KB; anything far larger is not a page. */
export const maxPageBytes = 1024 * 1024

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Reads a page file as UTF-8 text, refusing what cannot be a page before parsing it. */
export const readPageFile = async (file: string): Promise<string> => {
  let size: number
  try {
    size = (await stat(file)).size
  } catch (err) {
    throw new PageFileError(
      'file.unreadable',
      message('file.unreadable', { detail: (err as Error).message }),
    )
  }
  if (size > maxPageBytes) {
    throw new PageFileError(
      'file.too-large',
      message('file.too-large', { size: megabytes(size), limit: megabytes(maxPageBytes) }),
    )
  }
  const bytes = await readFile(file).catch((err: Error) => {
    throw new PageFileError('file.unreadable', message('file.unreadable', { detail: err.message }))
  })
  if (bytes.includes(0)) {
    throw new PageFileError('file.binary', message('file.binary', {}))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PageFileError('file.not-utf8', message('file.not-utf8', {}))
  }
}
