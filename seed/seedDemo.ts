import path from 'node:path'
import type { Payload } from 'payload'

import { importPages } from '../src/import/importPages'

/** The demo content: the site's Session page, as published there. */
export const demoPages = [path.resolve(import.meta.dirname, 'session.md')]

/** Hosts the demo provider's support articles live on (the vendor's Zendesk tenant). */
const demoVendorDomains: Record<string, string[]> = { session: ['sessionapp.zendesk.com'] }

/**
 * Loads the demo content: imports the pages, then adds the vendor domains the page
 * itself cannot say (which re-judges its sources). Creates no users.
 */
export const seedDemo = async (payload: Payload) => {
  const report = await importPages({ payload, paths: demoPages })
  for (const result of report.files) {
    const extra = result.slug ? demoVendorDomains[result.slug] : undefined
    if (result.status !== 'imported' || !extra) continue
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: result.slug } },
      draft: true,
      limit: 1,
      depth: 0,
    })
    const provider = docs[0]
    if (!provider) continue
    const vendorDomains = [...new Set([...(provider.vendorDomains ?? []), ...extra])]
    // A seed is system work; `isImport` keeps the imported review state and publication.
    await payload.update({
      collection: 'providers',
      id: provider.id,
      data: { vendorDomains },
      draft: provider._status !== 'published',
      context: { isImport: true },
    })
  }
  return report
}

/** Seeds the demo content into an empty providers collection; returns the slugs, or null. */
export const seedDemoIfEmpty = async (payload: Payload): Promise<string[] | null> => {
  const { totalDocs } = await payload.count({ collection: 'providers' })
  if (totalDocs > 0) return null
  const report = await seedDemo(payload)
  return report.files.flatMap((result) => (result.slug ? [result.slug] : []))
}
