import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { idOf, idsOf } from '../db/idOf'
import type { User } from '../payload-types'
import { loadCategoryIntervals, providerStalenessOf } from '../reminders/staleness'
import { latestRevisionsOf } from './latestRevisions'
import { approvedEditorsOf } from './reviewLog'
import { openChangesWhere } from '../sources/sourceChanges'

/**
 * A person's inbox: which profiles wait for what from them (issue "a team can run its
 * week"). Read from the latest revision of every profile (through the adapter, a few
 * columns each) and the open source changes:
 * - `waiting` ("Wartet auf mich"): in review, assigned to me or to nobody, and I may
 *   review it (reviewer role, not one of its editors);
 * - `returned` ("Zurück an mich"): changes requested on a revision I wrote;
 * - `recheck` ("Erneut prüfen"): approved, but stale or with a changed source, assigned to
 *   me or to nobody (reviewers);
 * - `stale` ("Veraltet") and `sourceChanged` ("Quelle geändert"): every such profile
 *   assigned to me or to nobody.
 * Each is a list of provider ids, for the count and the filtered list's link.
 */
export type InboxKey = 'waiting' | 'returned' | 'recheck' | 'stale' | 'sourceChanged'

export type Inbox = Record<InboxKey, string[]>

type LatestRevision = {
  id: string
  reviewState?: string | null
  editedBy?: unknown[] | null
  reviewer?: unknown
  updated?: string | null
  reviewIntervalDays?: number | null
  category?: string | null
}

export const loadInbox = async ({
  payload,
  user,
  now,
  req,
}: {
  payload: Payload
  user: Pick<User, 'id' | 'roles'>
  now: Date
  req?: PayloadRequest
}): Promise<Inbox> => {
  const me = String(user.id)
  const [docs, { docs: changes }, categoryIntervals] = await Promise.all([
    latestRevisionsOf<LatestRevision>({
      payload,
      version: {
        reviewState: true,
        editedBy: true,
        reviewer: true,
        updated: true,
        reviewIntervalDays: true,
        category: true,
      },
      req,
    }),
    payload.find({
      collection: 'sourceChanges',
      where: openChangesWhere(),
      pagination: false,
      depth: 0,
      select: { provider: true },
      overrideAccess: true,
      req,
    }),
    loadCategoryIntervals({ payload, req }),
  ])
  const changed = new Set(changes.flatMap((change) => idOf(change.provider) ?? []))
  const isReviewer = hasRole(user, 'reviewer')
  const isMineOrOpen = (revision: LatestRevision) => {
    const reviewer = idOf(revision.reviewer)
    return reviewer === null || reviewer === me
  }
  const editorsOf = (revision: LatestRevision) => idsOf(revision.editedBy)
  const isStale = (revision: LatestRevision) =>
    providerStalenessOf({ provider: revision, categoryIntervals, now }).state === 'stale'
  const inbox: Inbox = { waiting: [], returned: [], recheck: [], stale: [], sourceChanged: [] }
  for (const revision of docs) {
    const id = String(revision.id)
    const stale = isStale(revision)
    const hasChange = changed.has(id)
    if (
      isReviewer &&
      revision.reviewState === 'in_review' &&
      isMineOrOpen(revision) &&
      !editorsOf(revision).includes(me)
    )
      inbox.waiting.push(id)
    if (revision.reviewState === 'changes_requested') {
      const editors = editorsOf(revision)
      // An approved revision sent back on a re-check: its editors are in the approval record.
      const wrote = editors.length
        ? editors
        : await approvedEditorsOf({ providerId: id, payload, req })
      if (wrote.includes(me)) inbox.returned.push(id)
    }
    if (!isMineOrOpen(revision)) continue
    if (isReviewer && revision.reviewState === 'approved' && (stale || hasChange))
      inbox.recheck.push(id)
    if (stale) inbox.stale.push(id)
    if (hasChange) inbox.sourceChanged.push(id)
  }
  return inbox
}
