import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Provider } from '../src/payload-types'
import { normalizedUrl } from '../src/sources/normalizedUrl'

type Entry = { verdict?: string | null; linkedFrom?: string | null; source?: unknown }

const registered = async ({ urls, req }: { urls: string[]; req: PayloadRequest }) => {
  const ids = new Map<string, string>()
  if (urls.length === 0) return ids
  const find = async () => {
    const { docs } = await req.payload.find({
      collection: 'sources',
      where: { url: { in: urls } },
      pagination: false,
      depth: 0,
      select: { url: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) ids.set(doc.url, doc.id)
  }
  await find()
  for (const url of urls.filter((candidate) => !ids.has(candidate))) {
    // System write: the registry is kept by this hook, not by people.
    const created = await req.payload.create({
      collection: 'sources',
      data: { url },
      depth: 0,
      overrideAccess: true,
      req,
    })
    ids.set(url, created.id)
  }
  return ids
}

/**
 * Keeps the `sources` registry in step with the revision: every document it cites
 * with a primary or linked verdict (citations and audit reports) and every vendor
 * page that links a third-party document has one registry entry per normalized URL,
 * created here when new; each citation and audit points at its document's entry
 * (`source`). Runs after `judgeCitations`, in the save's transaction.
 */
export const linkCitedSources: CollectionBeforeChangeHook<Provider> = async ({ data, req }) => {
  const citations = data.citations ?? []
  const audits = data.audits ?? []
  const urlOf = (entry: Entry & { url?: string | null; reportUrl?: string | null }) =>
    entry.verdict === 'rejected' ? null : normalizedUrl(entry.url ?? entry.reportUrl)
  const entries: (Entry & { url?: string | null; reportUrl?: string | null })[] = [
    ...citations,
    ...audits,
  ]
  const urls = [
    ...new Set(
      entries.flatMap((entry) => [
        urlOf(entry),
        entry.verdict === 'linked' ? normalizedUrl(entry.linkedFrom) : null,
      ]),
    ),
  ].filter((url): url is string => url !== null)
  const ids = await registered({ urls, req })
  const link = <T extends Entry & { url?: string | null; reportUrl?: string | null }>(
    entry: T,
  ): T => ({
    ...entry,
    source: ids.get(urlOf(entry) ?? '') ?? null,
  })
  return { ...data, citations: citations.map(link), audits: audits.map(link) }
}
