import type { Payload, PayloadRequest } from 'payload'

import { unprintedSelect } from '../../collections/fields/providerFieldRoles'
import type { PageSource } from '../mapping/providerPage'
import { pageFromProvider } from '../mapping/providerPage'
import { renderPage } from '../markdown/page'
import { idOf } from '../db/idOf'
import { publicationOutcomes } from '../workflow/review'

/** Bump when the template or the mapping changes, so every page is rendered anew. */
const exporterVersion = '2'

export type PublishedRef = { id: string; slug: string; fingerprint: string }

/** A provider that no second person ever approved: the desk does not publish its page. */
export type AwaitingRef = { id: string; slug: string; name: string }

export type SitePages = {
  /** Every provider whose publication a second person approved, with its fingerprint. */
  published: PublishedRef[]
  /**
   * Providers with no approved publication ("übernommen, ungeprüft" when imported):
   * export writes nothing for them, the site keeps its file as it stands, and the
   * manifest does not claim it.
   */
  awaiting: AwaitingRef[]
}

/**
 * What the site gets from the desk: every published provider with a fingerprint of what
 * its page is made of (the published revision alone: its citations, audits and
 * Datenblatt are part of it), read without loading the pages themselves, so an unchanged
 * site costs three narrow, indexed queries; and the providers waiting for their first approval.
 * Only a provider whose publication a second person approved is published here
 * (docs/decisions/0012): only an approval publishes, and a publication without its
 * approval record (an earlier importer's, or a system call's) is never written.
 */
export const listSitePages = async (payload: Payload): Promise<SitePages> => {
  // Through the adapter, as `renderPublished` reads (see there).
  type Row = { id: string; slug: string; name: string; updatedAt: string }
  const byStatus = (status: 'published' | 'draft') =>
    payload.db.find<Row>({
      collection: 'providers',
      where: { _status: { equals: status } },
      pagination: false,
      limit: 0,
      select: { slug: true, name: true, updatedAt: true },
    })
  const [{ docs: published }, { docs: drafts }, { docs: approvals }] = await Promise.all([
    byStatus('published'),
    byStatus('draft'),
    payload.db.find<{ provider: string }>({
      collection: 'reviews',
      where: { outcome: { in: [...publicationOutcomes] } },
      pagination: false,
      limit: 0,
      select: { provider: true },
    }),
  ])
  const approved = new Set(approvals.map((review) => idOf(review.provider)))
  return {
    published: published
      .filter((doc) => approved.has(doc.id))
      .map((doc) => ({
        id: doc.id,
        slug: doc.slug,
        fingerprint: [exporterVersion, doc.updatedAt].join('|'),
      })),
    awaiting: [...published, ...drafts]
      .filter((doc) => !approved.has(doc.id))
      .map((doc) => ({ id: doc.id, slug: doc.slug, name: doc.name })),
  }
}

/** Every provider whose publication a second person approved (`listSitePages`). */
export const listPublished = async (payload: Payload): Promise<PublishedRef[]> =>
  (await listSitePages(payload)).published

/** How many providers export reads, renders and writes at a time: memory stays bounded by it. */
export const exportBatchSize = 200

/**
 * Renders the published page of each given provider (one batch, read in one query).
 *
 * The batch is read through the database adapter (`payload.db.find`, which MongoDB's
 * adapter has too), not `payload.find`: export reads as the system, and what the
 * operation adds after the adapter, access and the fields' read hooks (the verdicts'
 * messages in the reader's language), touches nothing the page prints. Its walk over
 * every field of every document was a quarter of an export's time (docs/benchmarks.md).
 * The byte-for-byte tests of the export (fixtures, seed, the markdown endpoint, which
 * reads through `payload.find`) hold the two reads to the same page.
 */
export const renderPublished = async ({
  payload,
  ids,
}: {
  payload: Payload
  ids: readonly string[]
}): Promise<Map<string, string>> => {
  const pages = new Map<string, string>()
  if (ids.length === 0) return pages
  const { docs } = await payload.db.find<PageSource & { id: string }>({
    collection: 'providers',
    where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
    pagination: false,
    limit: 0,
    // What the page does not print (the table of field roles): export leaves it unread.
    select: unprintedSelect,
  })
  for (const provider of docs) {
    pages.set(provider.id, renderPage(pageFromProvider({ provider, isPublished: true })))
  }
  return pages
}

/**
 * One provider's page as export writes it: the published version by default, the
 * latest draft with `isDraft` (the admin's preview). Everything the page prints is in
 * that one revision. Reads as `req.user` with access control on; `null` when that
 * person may not see such a version.
 */
export const renderProviderPage = async ({
  payload,
  req,
  id,
  isDraft,
}: {
  payload: Payload
  req: PayloadRequest
  id: string
  isDraft: boolean
}): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: isDraft
      ? { id: { equals: id } }
      : { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: isDraft,
    limit: 1,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const provider = docs[0]
  if (!provider) return null
  const isPublished = !isDraft || provider._status === 'published'
  return renderPage(pageFromProvider({ provider, isPublished }))
}
