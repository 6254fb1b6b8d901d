import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { fieldsWithRole } from '../../collections/fields/providerFieldRoles'
import { idOf, idsOf } from '../db/idOf'
import { refusal, teamOnlyResponse } from '../http'
import { dateText } from '../i18n/dates'
import { fieldLabel } from '../i18n/fieldLabels'
import type { Language } from '../i18n/messages'
import { languageOf, message, render } from '../i18n/messages'
import { printRichText } from '../markdown/sections'
import type { RichText } from '../markdown/types'
import type { Provider } from '../payload-types'
import { loadCategoryIntervals, providerStalenessOf } from '../reminders/staleness'
import { latestRevisionOf } from './latestRevisions'
import { changedContentFields, comparable } from './review'
import { newestApprovalOf } from './reviewLog'
import { collectProviderFindings } from '../lint/lintProvider'
import type { ReadFinding } from '../findings/finding'
import { readFinding } from '../findings/finding'
import { openChangesWhere } from '../sources/sourceChanges'
import { userNames } from './userNames'

/**
 * What the review box shows beside its buttons (`GET /api/providers/:id/review`, the
 * editorial team only): the state as people read it ("Erneut prüfen" when an approved
 * profile is stale or cites a changed document), whether the profile was ever approved
 * (a page taken over by the importer was not), the last comment with its author and
 * date, the people who may be assigned to review it, and "Änderungen seit der letzten
 * Freigabe": each changed field, old → new, with who changed it.
 */

type Person = { id: string; name: string }

export type FieldChange = {
  field: string
  label: string
  /** The field's lines before and after (an array field: only the lines that differ). */
  before: string[]
  after: string[]
  by: string[]
}

export type ReviewSummary = {
  reviewState: Provider['reviewState']
  /** A second person approved a revision of this profile at some time. */
  isEverApproved: boolean
  /** The profile came in through the importer and was never approved: "übernommen, ungeprüft". */
  isTakenOver: boolean
  recheck: { isStale: boolean; staleOn: string | null; changedSources: string[] } | null
  lastComment: { text: string; by: string | null; at: string; outcome: string } | null
  reviewer: Person | null
  /** Who may be assigned: the reviewer role, the revision's editors excluded. */
  reviewers: Person[]
  editors: Person[]
  changes: FieldChange[]
  /** The latest revision's open findings: errors block submitting and approving. */
  errors: string[]
  /** Each warning as a line; the facts without evidence as one line ("12 Angaben ohne Beleg"). */
  warnings: string[]
  /** Payload's version comparison of the latest revision against the approved one. */
  compareUrl: string | null
}

const isRichText = (value: unknown): value is RichText =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((node) => node && typeof node === 'object' && 'children' in node)

/** A finding as one line of the review box: its message, with the value it concerns. */
const lineOf = (finding: ReadFinding): string =>
  finding.value && !finding.message.includes(finding.value)
    ? `${finding.message} (${finding.value})`
    : finding.message

/**
 * The warnings as lines, with every `claim.unsupported` in one line naming the facts: an
 * imported profile has a dozen, and the approval's confirmation lists each line.
 */
const warningLines = (findings: readonly ReadFinding[], language: Language): string[] => {
  const warnings = findings.filter((finding) => finding.severity === 'warning')
  const unsupported = warnings.filter((finding) => finding.code === 'claim.unsupported')
  const grouped = message('claim.unsupported.grouped', {
    count: unsupported.length,
    labels: unsupported.map((finding) => fieldLabel(finding.field, language)),
  })
  return [
    ...warnings.filter((finding) => finding.code !== 'claim.unsupported').map(lineOf),
    ...(unsupported.length > 0 ? [render(language, grouped)] : []),
  ]
}

/** One entry of an array field as a line a person reads. */
const entryText = (entry: unknown): string => {
  if (entry === null || typeof entry !== 'object') return String(entry ?? '')
  const row = entry as Record<string, unknown>
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string).trim() : '')
  if (text('rawLine')) return text('rawLine')
  if (text('text')) return text('text')
  const link = text('url') || text('reportUrl')
  if (link) return text('title') ? `${text('title')} – ${link}` : link
  const label = text('label') || text('fact') || text('field')
  const value = text('value') || text('note')
  if (label || value) return [label, value].filter(Boolean).join(': ')
  return JSON.stringify(row)
}

/** A field's value as lines a person reads. */
const linesOf = (value: unknown, language: Language): string[] => {
  if (value === null || value === undefined || value === '') return []
  if (isRichText(value))
    return printRichText(value)
      .split('\n')
      .filter((line) => line.trim())
  if (Array.isArray(value)) return value.map(entryText)
  if (typeof value === 'object') return [JSON.stringify(value)]
  const text = String(value)
  return [/^\d{4}-\d{2}-\d{2}T/.test(text) ? dateText(text, language) : text]
}

const fieldChange = ({
  field,
  before,
  after,
  language,
}: {
  field: string
  before: unknown
  after: unknown
  language: Language
}): Omit<FieldChange, 'by'> => {
  const old = linesOf(before, language)
  const now = linesOf(after, language)
  const isList = Array.isArray(before) || Array.isArray(after)
  return {
    field,
    label: fieldLabel(field, language),
    before: isList && !isRichText(before) ? old.filter((line) => !now.includes(line)) : old,
    after: isList && !isRichText(after) ? now.filter((line) => !old.includes(line)) : now,
  }
}

export const loadReviewSummary = async ({
  payload,
  id,
  language,
  req,
}: {
  payload: Payload
  id: string
  language: Language
  req: PayloadRequest
}): Promise<ReviewSummary | null> => {
  const collection = payload.collections.providers
  const latest = await latestRevisionOf({ id, req })
  if (!latest) return null
  const [published, approval, comments, reviewerUsers, changes, categoryIntervals] =
    await Promise.all([
      payload.find({
        collection: 'providers',
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        draft: false,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      }),
      newestApprovalOf({ providerId: id, payload, req }),
      payload.find({
        collection: 'reviews',
        where: { and: [{ provider: { equals: id } }, { comment: { exists: true } }] },
        sort: '-reviewedAt',
        limit: 5,
        depth: 0,
        overrideAccess: true,
        req,
      }),
      payload.find({
        collection: 'users',
        where: { roles: { in: ['reviewer'] } },
        pagination: false,
        depth: 0,
        select: { name: true },
        overrideAccess: true,
        req,
      }),
      payload.find({
        collection: 'sourceChanges',
        where: openChangesWhere({ providerId: id }),
        pagination: false,
        depth: 0,
        select: { url: true },
        overrideAccess: true,
        req,
      }),
      loadCategoryIntervals({ payload, req }),
    ])
  const editorIds = idsOf(latest.editedBy)
  const isEverApproved = approval !== null
  const approvedVersion = approval?.version ?? null
  const comment = comments.docs.find((review) => review.comment?.trim())
  const approvedRevision = isEverApproved ? published.docs[0] : undefined

  // Changes since the approval, field by field, with who saved each (`lastEditor`).
  // Content fields only: Payload's own timestamps and ids are no change a reviewer judges
  // (`changedContentFields` leaves the workflow's out).
  const systemFields = fieldsWithRole('system')
  const fieldNames = collection.config.flattenedFields
    .map((field) => field.name)
    .filter((name) => !systemFields.has(name))
  // Who saved each field since the approval, revision by revision (`lastEditor`).
  const authors = new Map<string, Set<string>>()
  let changed: string[] = []
  let compareUrl: string | null = null
  if (approvedRevision && approvedRevision.updatedAt !== latest.updatedAt) {
    const { docs: versions } = await payload.findVersions({
      collection: 'providers',
      where: {
        and: [
          { parent: { equals: id } },
          { updatedAt: { greater_than: approvedRevision.updatedAt } },
        ],
      },
      sort: 'updatedAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const approvedContent = comparable({ ...approvedRevision })
    let previous = approvedContent
    for (const version of versions) {
      const next = comparable({ ...version.version })
      const author = idOf((version.version as Provider).lastEditor)
      if (author) {
        for (const field of changedContentFields({ fieldNames, previous, next })) {
          authors.set(field, (authors.get(field) ?? new Set()).add(author))
        }
      }
      previous = next
    }
    changed = changedContentFields({
      fieldNames,
      previous: approvedContent,
      next: comparable({ ...latest }),
    })
    const newest = versions.at(-1)
    if (newest) {
      // Payload's comparison of the newest revision with the approved one (not the previous step).
      const from = approvedVersion ? `?versionFrom=${encodeURIComponent(approvedVersion)}` : ''
      compareUrl = `${payload.config.routes.admin}/collections/providers/${id}/versions/${newest.id}${from}`
    }
  }

  const reviewerId = idOf(latest.reviewer)
  const commentBy = idOf(comment?.reviewer)
  // Every name the box shows, in one read.
  const people = await userNames(payload, [
    ...editorIds,
    ...[...authors.values()].flatMap((set) => [...set]),
    ...(commentBy ? [commentBy] : []),
    ...(reviewerId ? [reviewerId] : []),
  ])
  const fieldChanges: FieldChange[] = changed.map((field) => ({
    ...fieldChange({
      field,
      before: approvedRevision?.[field as keyof Provider],
      after: latest[field as keyof Provider],
      language,
    }),
    by: [...(authors.get(field) ?? [])].map((user) => people.get(user) ?? user),
  }))
  const personOf = (userId: string): Person => ({ id: userId, name: people.get(userId) ?? '' })
  const staleness = providerStalenessOf({ provider: latest, categoryIntervals, now: new Date() })
  const changedSources = [...new Set(changes.docs.map((change) => change.url))]
  const isStale = staleness.state === 'stale'
  const takenOver =
    !isEverApproved &&
    (
      await payload.count({
        collection: 'reviews',
        where: { and: [{ provider: { equals: id } }, { outcome: { equals: 'imported' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  const findings = (
    await collectProviderFindings({
      payload,
      providerId: id,
      now: new Date(),
      req,
      provider: latest,
    })
  ).map((finding) => readFinding(finding, language))
  return {
    reviewState: latest.reviewState,
    isEverApproved,
    isTakenOver: takenOver,
    recheck:
      latest.reviewState === 'approved' && (isStale || changedSources.length > 0)
        ? { isStale, staleOn: staleness.staleOn ?? null, changedSources }
        : null,
    lastComment: comment?.comment
      ? {
          text: comment.comment,
          by: commentBy ? (people.get(commentBy) ?? null) : null,
          at: dateText(comment.reviewedAt, language),
          outcome: comment.outcome,
        }
      : null,
    reviewer: reviewerId ? personOf(reviewerId) : null,
    reviewers: reviewerUsers.docs
      .filter((user) => !editorIds.includes(String(user.id)))
      .map((user) => ({ id: String(user.id), name: user.name ?? '' })),
    editors: editorIds.map(personOf),
    changes: fieldChanges,
    errors: findings.filter((finding) => finding.severity === 'error').map(lineOf),
    warnings: warningLines(findings, language),
    compareUrl,
  }
}

/** `GET /api/providers/:id/review`: the review box's data, in the reader's language. */
export const reviewSummaryEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'get',
  handler: async (req) => {
    const refused = teamOnlyResponse(req)
    if (refused) return refused
    const summary = await loadReviewSummary({
      payload: req.payload,
      id: String(req.routeParams?.id ?? ''),
      language: languageOf(req),
      req,
    })
    if (!summary) {
      return refusal(req, 'review.provider-missing', message('review.provider-missing', {}), 404)
    }
    return Response.json(summary)
  },
}
