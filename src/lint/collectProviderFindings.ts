import type { Payload, PayloadRequest } from 'payload'

import type { Finding } from '../findings/finding'
import type { Provider } from '../payload-types'
import { effectiveIntervalDays } from '../reminders/effectiveIntervalDays'
import { loadCategoryIntervals } from '../reminders/loadCategoryIntervals'
import type { LintedProvider } from './lintProvider'
import { lintProvider, providerTexts } from './lintProvider'
import { watchFindings } from '../watch/watchFindings'

/**
 * Every finding about one provider revision: its latest revision (the draft, if any)
 * as stored, or `provider`, a revision being saved. Everything the page prints is in
 * that one document (citations, audits, Datenblatt). Staleness uses the interval that
 * applies (own, else the category's default, else 180 days), exactly as the reminders
 * do. What the source watch found about the cited documents comes with them
 * (`watchFindings`). Reads are system reads (the rule applies whoever asks); pass `req` to stay
 * inside the caller's transaction.
 */
export const collectProviderFindings = async ({
  payload,
  providerId,
  now,
  req,
  provider: given,
}: {
  payload: Payload
  providerId: string
  now: Date
  req?: PayloadRequest
  provider?: Provider
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
  const categoryIntervals = await loadCategoryIntervals({ payload, req })
  const reviewIntervalDays = effectiveIntervalDays({
    reviewIntervalDays: provider.reviewIntervalDays,
    category: provider.category,
    categoryIntervals,
  })
  const linted = lintProvider({
    // Payload's generated interface has no index signature; lint reads fields by name.
    provider: { ...provider, reviewIntervalDays } as LintedProvider,
    texts: providerTexts(provider),
    now,
  })
  return [...linted, ...(await watchFindings({ payload, provider, req }))]
}
