import { generatedPage } from './providerPages'

const categories = ['VPN', 'Messenger', 'E-Mail', 'Cloud'] as const

/** The `updated` day of a stale and of a fresh provider on the bench's `now` (2026-11-22). */
export const staleDay = '2025-01-15'
export const freshDay = '2026-11-01'
export const benchNow = new Date('2026-11-22T08:00:00.000Z')

/** Bench page number `index`: the seed page under another name (~17 source lines, one audit). */
export const benchPage = ({ index, isStale }: { index: number; isStale: boolean }): string =>
  generatedPage({
    slug: `bench-${index}`,
    name: `Bench ${index}`,
    category: categories[index % categories.length],
    updated: isStale ? staleDay : freshDay,
  })
