/**
 * The "Quellen geändert" section of one digest, grouped for reading: one block per changed URL, and
 * within it one block per distinct excerpt with the profiles it concerns. Pure.
 *
 * Why two levels: the watch writes one change per citing profile, and each profile's excerpt is the
 * diff since the text *its* last approval saw. Profiles approved against the same text share an
 * excerpt (the usual case: one URL, one excerpt, several profiles); a profile approved earlier or later
 * has another one, which must not be hidden behind the first.
 */

import type { ClaimChange } from '../evidence/verify'

export type SectionChange = {
  /** The `sourceChanges` id. */
  id: string
  url: string
  /** Short `- old` / `+ new` lines; `''` when the watch wrote none. */
  excerpt: string
  /** The profile's quoted passages that no longer stand in the document (none: see the excerpt). */
  claims: ClaimChange[]
  /** ISO timestamp. */
  detectedAt: string
  providerId: string
  providerSlug: string
  providerName: string
  /** True when the profile has no (existing) reviewer and reached this recipient as an admin. */
  isUnassigned: boolean
}

export type CitingProfile = {
  /** The profile's changes the block stands for: one, or more when the document changed again. */
  changeIds: string[]
  id: string
  slug: string
  name: string
  isUnassigned: boolean
}

export type ExcerptBlock = { excerpt: string; claims: ClaimChange[]; profiles: CitingProfile[] }

export type ChangedSource = { url: string; excerpts: ExcerptBlock[] }

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byProfile = (a: CitingProfile, b: CitingProfile): number =>
  compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.slug, b.slug)

/** The profiles of one block, once each with all their change ids: the excerpt runs from the approval to now. */
const profilesOf = (changes: SectionChange[]): CitingProfile[] => {
  const byId = new Map<string, CitingProfile>()
  for (const change of changes) {
    const known = byId.get(change.providerId)
    if (known) known.changeIds.push(change.id)
    else
      byId.set(change.providerId, {
        changeIds: [change.id],
        id: change.providerId,
        slug: change.providerSlug,
        name: change.providerName,
        isUnassigned: change.isUnassigned,
      })
  }
  return [...byId.values()].sort(byProfile)
}

/** URLs in code-point order; within one, the excerpt seen first comes first. */
export const groupSourceChanges = (changes: SectionChange[]): ChangedSource[] => {
  const byUrl = new Map<string, SectionChange[]>()
  for (const change of changes) byUrl.set(change.url, [...(byUrl.get(change.url) ?? []), change])
  return [...byUrl.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([url, ofUrl]) => {
      // Profiles share a block when they share the excerpt and the claims that no longer stand.
      const byExcerpt = new Map<string, SectionChange[]>()
      const ordered = [...ofUrl].sort(
        (a, b) => compare(a.detectedAt, b.detectedAt) || compare(a.id, b.id),
      )
      for (const change of ordered) {
        const key = JSON.stringify([change.excerpt, change.claims])
        byExcerpt.set(key, [...(byExcerpt.get(key) ?? []), change])
      }
      const excerpts = [...byExcerpt.values()].map((ofExcerpt) => ({
        excerpt: (ofExcerpt[0] as SectionChange).excerpt,
        claims: (ofExcerpt[0] as SectionChange).claims,
        profiles: profilesOf(ofExcerpt),
      }))
      return { url, excerpts }
    })
}

/** Every change id a section holds, sorted: what the outbox entry records and the key includes. */
export const sectionChangeIds = (sources: ChangedSource[]): string[] =>
  sources
    .flatMap((source) =>
      source.excerpts.flatMap((block) => block.profiles.flatMap((profile) => profile.changeIds)),
    )
    .sort(compare)
