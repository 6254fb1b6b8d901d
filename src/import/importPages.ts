import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Finding } from '../findings/finding'
import { collectProviderFindings } from '../lint/collectProviderFindings'
import { parsePage } from '../markdown/parsePage'
import { isStoredPage } from './isStoredPage'
import { listPageFiles } from './listPageFiles'
import { providerFromPage } from './providerFromPage'
import { readPageFile } from './readPageFile'
import { syncAudits, syncSources } from './syncPageRelations'

export type ImportedFile =
  | { file: string; slug: string; status: 'imported'; findings: Finding[] }
  | { file: string; slug: string | null; status: 'failed'; error: string; findings: [] }

export type ImportReport = { files: ImportedFile[]; imported: number; failed: number }

/**
 * What the importer tells the hooks: it may set review state, `updated` and the
 * published status from the page, and it stores rejected sources (with their raw
 * line) instead of refusing them, so nothing on the page is lost.
 */
export const importContext = { isImport: true, allowRejectedSources: true } as const

/** The provider's stored sources and audits (none for a provider that does not exist yet). */
const loadRelations = async ({
  payload,
  req,
  providerId,
}: {
  payload: Payload
  req: PayloadRequest
  providerId: string | undefined
}) => {
  if (!providerId) return { sources: [], audits: [] }
  const where = { provider: { equals: providerId } }
  const [sources, audits] = await Promise.all([
    payload.find({ collection: 'sources', where, pagination: false, depth: 0, req }),
    payload.find({ collection: 'audits', where, pagination: false, depth: 0, req }),
  ])
  return { sources: sources.docs, audits: audits.docs }
}

/**
 * Imports one page inside its own transaction where the database has them (MongoDB
 * replica sets): all of it lands, or none of it. Payload's SQLite adapter runs without
 * transactions (its default: libsql waits for locks synchronously, which would stall
 * every other request), so there a page that fails half-way can leave its provider
 * updated and its sources partly synced; importing the page again completes it.
 * A page whose stored provider already renders to its exact bytes (same status and
 * review state) is not written again; its findings are still reported.
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
  // System work: an operator runs the import; the hooks still apply the rules.
  const req = await createLocalReq({ context: { ...importContext } }, payload)
  const isOwnTransaction = await initTransaction(req)
  try {
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: imported.slug } },
      draft: true,
      limit: 1,
      depth: 0,
      req,
    })
    const existing = docs[0]
    const stored = await loadRelations({ payload, req, providerId: existing?.id })
    if (
      existing &&
      isStoredPage({ provider: existing, ...stored, text, isDone: imported.isDone })
    ) {
      const findings = await collectProviderFindings({
        payload,
        providerId: existing.id,
        now,
        req,
        provider: existing,
      })
      if (isOwnTransaction) await commitTransaction(req)
      return { slug: imported.slug, findings }
    }
    const data = {
      ...imported.data,
      reviewState: imported.isDone ? ('approved' as const) : ('draft' as const),
      _status: imported.isDone ? ('published' as const) : ('draft' as const),
    }
    const provider = existing
      ? await payload.update({
          collection: 'providers',
          id: existing.id,
          data,
          draft: !imported.isDone,
          depth: 0,
          req,
        })
      : await payload.create({
          collection: 'providers',
          data,
          draft: !imported.isDone,
          depth: 0,
          req,
        })
    const scope = { payload, req, providerId: provider.id }
    await syncSources({ ...scope, lines: imported.sourceLines, existing: stored.sources })
    await syncAudits({ ...scope, links: imported.auditLinks, existing: stored.audits })
    const findings = await collectProviderFindings({ ...scope, now, provider })
    if (isOwnTransaction) await commitTransaction(req)
    return { slug: imported.slug, findings }
  } catch (err) {
    if (isOwnTransaction) await killTransaction(req)
    throw err
  }
}

/** Errors a bad page causes are reported by file; anything else is a bug and propagates. */
const isExpected = (err: unknown): err is Error & { code?: string } =>
  err instanceof Error &&
  (typeof (err as { code?: unknown }).code === 'string' ||
    err.name === 'ValidationError' ||
    (err as { mayBeTransient?: unknown }).mayBeTransient === false)

/**
 * Imports site pages (files, or directories of `.md` files) into providers, sources
 * and audits. A file that cannot be read is reported by name and reason while the
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
  for (const [index, file] of files.entries()) {
    onProgress?.({ done: index, total: files.length, file })
    try {
      const text = await readPageFile(file)
      const { slug, findings } = await importPage({ payload, text, now })
      results.push({ file, slug, status: 'imported', findings })
    } catch (err) {
      if (!isExpected(err)) throw err
      results.push({ file, slug: null, status: 'failed', error: err.message, findings: [] })
    }
  }
  onProgress?.({ done: files.length, total: files.length, file: '' })
  const imported = results.filter((result) => result.status === 'imported').length
  return { files: results, imported, failed: results.length - imported }
}
