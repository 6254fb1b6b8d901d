import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import { inTransaction } from '../db/inTransaction'
import { isExpectedError } from '../errors'
import type { Finding } from '../findings/finding'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import { collectProviderFindings } from '../lint/lintProvider'
import { parsePage, renderPage } from '../markdown/page'
import { PageError } from '../markdown/errors'
import { PageRefusedError } from './errors'
import { pageFromProvider, providerFromPage } from '../mapping/providerPage'
import type { Provider } from '../payload-types'
import { analyzeSqlite } from '../db/sqlite'

// --- The files: which ones an import reads, and reading one as a page's text

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
    throw new PageError(
      'file.unreadable',
      message('file.unreadable', { detail: (err as Error).message }),
    )
  }
  if (size > maxPageBytes) {
    throw new PageError(
      'file.too-large',
      message('file.too-large', { size: megabytes(size), limit: megabytes(maxPageBytes) }),
    )
  }
  const bytes = await readFile(file).catch((err: Error) => {
    throw new PageError('file.unreadable', message('file.unreadable', { detail: err.message }))
  })
  if (bytes.includes(0)) {
    throw new PageError('file.binary', message('file.binary', {}))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PageError('file.not-utf8', message('file.not-utf8', {}))
  }
}

// --- The import

export type ImportedFile =
  | { file: string; slug: string; status: 'imported'; findings: Finding[] }
  | {
      file: string
      slug: string | null
      status: 'failed'
      /** The stable code and the English text; `errorDetail` is the message to read in a language. */
      code: string
      error: string
      errorDetail?: Message
      findings: []
    }

export type ImportReport = { files: ImportedFile[]; imported: number; failed: number }

/**
 * What the importer tells the hooks: it may set the review state and `updated` from the
 * page, and rejected citations are stored (with their line and error finding) instead of
 * refused, so nothing on the page is lost. An import is never an approval
 * (docs/decisions/0012): every imported page is saved as a draft revision, so what the
 * site shows keeps resting on what a second person approved.
 */
export const importContext = { isImport: true } as const

/**
 * True when importing the page would change nothing: the stored latest revision renders
 * to exactly the page's bytes. A page marked `status: done` is compared as it would be
 * published; a draft page over a published revision is a change (it is a new draft).
 * Pure.
 */
const isStoredPage = ({
  provider,
  text,
  isDone,
}: {
  provider: Provider
  text: string
  isDone: boolean
}): boolean => {
  if (!isDone && provider._status === 'published') return false
  return renderPage(pageFromProvider({ provider, isPublished: isDone })) === text
}

/**
 * Imports one page inside its own transaction: all of it lands, or none of it. The
 * page is one provider document (its citations and audits included), saved as a new
 * draft revision: a provider with an approved version keeps it published, and one never
 * approved stays off the site ("übernommen, ungeprüft") until a second person approves
 * it. A page whose stored latest revision already renders to its exact bytes is not
 * written again; its findings are still reported.
 */
const importPage = async ({
  payload,
  text,
  now,
}: {
  payload: Payload
  text: string
  now: Date
}) => {
  const imported = providerFromPage(parsePage(text))
  try {
    // System work: an operator runs the import; the hooks still apply the rules.
    return await inTransaction({
      payload,
      context: { ...importContext },
      write: async (req) => {
        const { docs } = await payload.find({
          collection: 'providers',
          where: { slug: { equals: imported.slug } },
          draft: true,
          limit: 1,
          pagination: false,
          depth: 0,
          req,
        })
        const existing = docs[0]
        const isUnchanged =
          existing && isStoredPage({ provider: existing, text, isDone: imported.isDone })
        const data = { ...imported.data, reviewState: 'draft' as const, _status: 'draft' as const }
        const saved = { data, draft: true, depth: 0, req } as const
        const provider = isUnchanged
          ? existing
          : existing
            ? await payload.update({ collection: 'providers', id: existing.id, ...saved })
            : await payload.create({ collection: 'providers', ...saved })
        const findings = await collectProviderFindings({
          payload,
          providerId: provider.id,
          now,
          req,
          provider,
        })
        return { slug: imported.slug, findings, isWritten: !isUnchanged }
      },
    })
  } catch (err) {
    throw err instanceof ValidationError ? new PageRefusedError(err) : err
  }
}

/**
 * Imports site pages (files, or directories of `.md` files) into providers. A file that cannot be read is reported by name and reason while the
 * others still import. Re-importing a page updates its provider, never duplicates it.
 */
export const importPages = async ({
  payload,
  paths,
  now = new Date(),
  onProgress,
}: {
  payload: Payload
  paths: readonly string[]
  now?: Date
  onProgress?: (progress: { done: number; total: number; file: string }) => void
}): Promise<ImportReport> => {
  const files = await listPageFiles(paths)
  const results: ImportedFile[] = []
  let hasWritten = false
  for (const [index, file] of files.entries()) {
    onProgress?.({ done: index, total: files.length, file })
    try {
      const text = await readPageFile(file)
      const { slug, findings, isWritten } = await importPage({ payload, text, now })
      hasWritten ||= isWritten
      results.push({ file, slug, status: 'imported', findings })
    } catch (err) {
      // Errors a bad page causes are reported by file; anything else is a bug and propagates.
      if (!isExpectedError(err)) throw err
      results.push({
        file,
        slug: null,
        status: 'failed',
        code: err.code,
        error: err.message,
        ...(err.detail ? { errorDetail: err.detail } : {}),
        findings: [],
      })
    }
  }
  // Many new rows: the planner's statistics are gathered anew (SQLite only).
  if (hasWritten) await analyzeSqlite({ payload })
  onProgress?.({ done: files.length, total: files.length, file: '' })
  const imported = results.filter((result) => result.status === 'imported').length
  return { files: results, imported, failed: results.length - imported }
}
