/**
 * The lint: every finding about one provider revision. The rules read only the revision
 * and are pure (the page's completeness, its facts, its texts, its staleness here);
 * `lintProvider` runs them all. `collectProviderFindings` at the end loads
 * a revision (or takes the one being saved) and adds what needs the database: the
 * interval that applies and what the source watch found. The primary-source rule itself
 * is `src/sources/judge.ts`.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { Provider } from '../payload-types'
import type { StoredDatasheetRow, StoredLegalLink } from '../mapping/datasheet'
import { pageFactsOf } from '../mapping/factValues'
import { vendorFields } from '../mapping/facts'
import { effectiveIntervalDays, loadCategoryIntervals, stalenessOf } from '../reminders/staleness'
import type { JudgedRevision } from '../sources/judge'
import { judgeRevision } from '../sources/judge'
import { pageLinkFindings, withoutKnown } from '../sources/pageLinks'
import { watchFindings } from '../watch/watchFindings'
import { datasheetFindings, unknownValueFindings, unsupportedClaimFindings } from './factFindings'
import { emptySectionFindings, missingFieldFindings } from './pageCompleteness'
import type { ProviderText } from './providerTexts'
import { obfuscatedEmailFindings, providerTexts } from './providerTexts'

// --- Staleness

/**
 * `provider.stale` once `updated + reviewIntervalDays` has passed, `provider.due-soon`
 * within the last 14 days before that; nothing for a fresh or never-approved profile.
 */
export const stalenessFindings = (args: {
  updated: string | null | undefined
  reviewIntervalDays?: number | null
  now: Date
}): Finding[] => {
  const staleness = stalenessOf(args)
  const updated = args.updated ?? ''
  if (staleness.state === 'stale') {
    return [
      makeFinding({
        code: 'provider.stale',
        message: message('provider.stale', { updated, staleOn: staleness.staleOn ?? '' }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  if (staleness.state === 'due-soon') {
    return [
      makeFinding({
        code: 'provider.due-soon',
        message: message('provider.due-soon', {
          updated,
          staleOn: staleness.staleOn ?? '',
          daysLeft: staleness.daysLeft ?? 0,
        }),
        field: 'updated',
        value: updated,
      }),
    ]
  }
  return []
}

export type LintedProvider = JudgedRevision & {
  updated?: string | null
  reviewIntervalDays?: number | null
  datasheet?: readonly StoredDatasheetRow[] | null
  legalLinks?: readonly StoredLegalLink[] | null
  /** Every other frontmatter field, compared with the Datenblatt and checked for presence. */
  [field: string]: unknown
}

/**
 * Fields the rule judges on their own (the vendor fields define the vendor domains;
 * entries and rows are judged with their paths) or that only the importer writes.
 */
const separatelyJudged: ReadonlySet<string> = new Set([
  ...vendorFields,
  'vendorDomains',
  'citations',
  'audits',
  'datasheet',
  'legalLinks',
  'pageExtras',
  'slug',
])

/**
 * All findings about one provider revision: every citation, audit report and address
 * in its Datenblatt and every other page text (body sections, facts, description) judged
 * by the primary-source rule against the revision's own vendor domains, Datenblatt rows kept from a page that contradict their field, scraped
 * e-mail placeholders in its texts, fields a published page needs, and staleness.
 * Pure: the caller loads the revision.
 */
export const lintProvider = (args: {
  provider: LintedProvider
  texts: readonly ProviderText[]
  now: Date
}): Finding[] => {
  const { provider } = args
  const pageTexts = args.texts.filter(({ field }) => !separatelyJudged.has(field))
  const judged = judgeRevision({ ...provider, texts: pageTexts })
  return [
    ...judged.citations.flatMap((judgement) => judgement.findings),
    ...judged.audits.flatMap((judgement) => judgement.findings),
    ...judged.textFindings,
    ...datasheetFindings({
      // Rows are compared with the facts as the page prints them (a kept page value too).
      provider: { ...provider, ...pageFactsOf(provider) },
      datasheet: provider.datasheet ?? [],
      legalLinks: provider.legalLinks ?? [],
    }),
    ...unknownValueFindings(provider),
    ...unsupportedClaimFindings(provider),
    ...obfuscatedEmailFindings(args.texts),
    ...missingFieldFindings(provider),
    ...emptySectionFindings(provider),
    ...stalenessFindings({
      updated: provider.updated,
      reviewIntervalDays: provider.reviewIntervalDays,
      now: args.now,
    }),
  ]
}

// --- With what the database knows

/**
 * Every finding about one provider revision: its latest revision (the draft, if any)
 * as stored, or `provider`, a revision being saved. Everything the page prints is in
 * that one document (citations, audits, Datenblatt), and every address the printed page
 * links is judged where the browser takes it (`pageLinkFindings`). Staleness uses the interval that
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
  const pageLinks = withoutKnown({ findings: pageLinkFindings(provider), known: linted })
  return [...linted, ...pageLinks, ...(await watchFindings({ payload, provider, req }))]
}
