import type { Payload, PayloadRequest } from 'payload'

import type { Finding } from '../findings/finding'
import type { Provider } from '../payload-types'
import { effectiveIntervalDays } from '../reminders/effectiveIntervalDays'
import { loadCategoryIntervals } from '../reminders/loadCategoryIntervals'
import type { DatasheetRow } from './datasheetFindings'
import type { LintedProvider } from './lintProvider'
import { datasheetRowsOf } from './datasheetRowsOf'
import { lintProvider } from './lintProvider'
import { providerTexts } from './providerTexts'

/**
 * Every finding about one provider as stored: its latest revision (the draft, if
 * any), all its sources, its Datenblatt rows and texts, and staleness at `now`.
 * `provider` lints a revision that is being saved instead of the stored one;
 * `datasheet` overrides the rows read from the provider (`datasheetRowsOf`).
 * Staleness uses the interval that applies (own, else the category's default, else
 * 180 days), exactly as the reminders do.
 * Reads are system reads (the rule applies whoever asks); pass `req` to stay inside
 * the caller's transaction.
 */
export const collectProviderFindings = async ({
  payload,
  providerId,
  now,
  req,
  provider: given,
  datasheet,
}: {
  payload: Payload
  providerId: string
  now: Date
  req?: PayloadRequest
  provider?: Provider
  datasheet?: readonly DatasheetRow[]
}): Promise<Finding[]> => {
  const provider =
    given ??
    (await payload.findByID({
      collection: 'providers',
      id: providerId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    }))
  const { docs: sources } = await payload.find({
    collection: 'sources',
    where: { provider: { equals: providerId } },
    sort: 'position',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const categoryIntervals = await loadCategoryIntervals({ payload, req })
  const reviewIntervalDays = effectiveIntervalDays({
    reviewIntervalDays: provider.reviewIntervalDays,
    category: provider.category,
    categoryIntervals,
  })
  return lintProvider({
    // Payload's generated interface has no index signature; lint reads fields by name.
    provider: { ...provider, reviewIntervalDays } satisfies LintedProvider,
    sources: sources.map((source) => ({
      url: source.url,
      raw: source.rawLine,
      linkedFrom: source.linkedFrom,
    })),
    datasheet: datasheet ?? datasheetRowsOf(provider),
    texts: providerTexts(provider),
    now,
  })
}
