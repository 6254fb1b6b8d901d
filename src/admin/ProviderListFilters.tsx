import type { BeforeListTableServerProps, Where } from 'payload'

import {
  addDays,
  isoDay,
  loadCategoryIntervals,
  smallestIntervalDays,
} from '../reminders/staleness'
import { openEvidenceChanges, openSourceChanges } from './openSourceChanges'
import type { StaleCandidate } from './staleFilterWhere'
import { staleFilterWhere } from './staleFilterWhere'
import { adminTexts } from '../i18n/admin/adminTexts'
import { whereQueryString } from './whereQueryString'
import { latestRevisionsOf } from '../workflow/latestRevisions'

type Filter = { key: string; label: string; title?: string; where: Where | null }

const isActive = (filter: Filter, searchParams: BeforeListTableServerProps['searchParams']) => {
  const given = Object.entries(searchParams ?? {}).filter(([key]) => key.startsWith('where'))
  if (!filter.where) return given.length === 0
  const wanted = whereQueryString(filter.where)
    .split('&')
    .map((pair) => pair.split('=').map(decodeURIComponent).join('='))
  const current = given.map(([key, value]) => `${key}=${String(value)}`)
  return wanted.length === current.length && wanted.every((pair) => current.includes(pair))
}

/**
 * Above the provider list: "Alle", "Veraltet", "Quelle geändert", "Beleg geändert", "Im Review", "Meine" as links that set
 * the list's `where` in the address. "Veraltet" is computed here, per provider, with
 * the interval that applies to it (`staleFilterWhere`), over the few providers old enough
 * to be stale (read narrowly, never all of them); "Quelle geändert" from the open source
 * changes, "Beleg geändert" from those in which a quoted passage changed; the others are plain queries.
 */
export const ProviderListFilters = async ({
  payload,
  user,
  i18n,
  searchParams,
}: BeforeListTableServerProps) => {
  const texts = adminTexts(i18n.language)
  const now = new Date()
  const categoryIntervals = await loadCategoryIntervals({ payload })
  const smallest = await smallestIntervalDays({ payload, categoryIntervals, user })
  // Only those that can be stale: `updated` before today minus the smallest interval in use
  // (three columns each, through the adapter: only staff reach the admin, and staff read
  // every draft).
  const docs = await latestRevisionsOf<StaleCandidate>({
    payload,
    version: { updated: true, reviewIntervalDays: true, category: true },
    where: {
      'version.updated': {
        less_than: `${addDays(isoDay(now.getTime()), -smallest)}T00:00:00.000Z`,
      },
    },
  })
  const filters: Filter[] = [
    { key: 'all', label: texts.filterAll, where: null },
    {
      key: 'stale',
      label: texts.filterStale,
      title: texts.filterStaleHint,
      where: staleFilterWhere({ providers: docs, categoryIntervals, now }),
    },
    {
      key: 'source-changed',
      label: texts.filterSourceChanged,
      title: texts.filterSourceChangedHint,
      where: { id: { in: [...(await openSourceChanges(payload)).keys()] } },
    },
    {
      key: 'evidence-changed',
      label: texts.evidence.filterChanged,
      title: texts.evidence.filterChangedHint,
      // With a condition every profile meets (each has a review state), so that its address
      // differs from "Quelle geändert"'s even when both name the same profiles: only the pill
      // that was clicked shows as active.
      where: {
        id: { in: [...(await openEvidenceChanges(payload))] },
        reviewState: { exists: true },
      },
    },
    {
      key: 'in-review',
      label: texts.filterInReview,
      where: { reviewState: { equals: 'in_review' } },
    },
    ...(user
      ? [
          {
            key: 'mine',
            label: texts.filterMine,
            title: texts.filterMineHint,
            where: { reviewer: { equals: String(user.id) } },
          },
        ]
      : []),
  ]
  const listUrl = `${payload.config.routes.admin}/collections/providers`
  return (
    <nav
      aria-label={texts.filterLabel}
      className="provider-list-filters"
      style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '1rem' }}
    >
      <span>{texts.filterLabel}</span>
      {filters.map((filter) => {
        const active = isActive(filter, searchParams)
        return (
          <a
            key={filter.key}
            className={`pill pill--style-${active ? 'dark' : 'light'} provider-list-filters__${filter.key}`}
            data-filter={filter.key}
            aria-current={active ? 'true' : undefined}
            href={filter.where ? `${listUrl}?${whereQueryString(filter.where)}` : listUrl}
            title={filter.title}
            style={{ textDecoration: 'none', padding: '0.25rem 0.75rem' }}
          >
            {filter.label}
          </a>
        )
      })}
    </nav>
  )
}
