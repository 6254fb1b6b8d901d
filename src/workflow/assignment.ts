import type { Endpoint, PayloadRequest } from 'payload'
import {
  addDataAndFileToRequest,
  headersWithCors,
  parseParams,
  updateByIDOperation,
  ValidationError,
} from 'payload'

import { hasRole } from '../access'
import { idOf, idsOf } from '../db/idOf'
import { writeInPlace } from '../db/writeInPlace'
import { fetchQuotedDocuments } from '../evidence/documentText'
import { refusal } from '../http'
import { message, textFor } from '../i18n/messages'

/**
 * Assigning the responsible reviewer is not an edit (issue "a team can run its week"):
 * `PATCH /api/providers/:id` with exactly `{"reviewer": "<user id>"}` (or `null`) by an
 * editor, reviewer or admin sets the provider's `reviewer` on the stored document and on
 * its latest revision in place, through the database adapter: no new draft, no
 * "Geändert", `updatedAt` unchanged (a reviewer's loaded revision stays the one to
 * approve). The person assigned must hold the reviewer role and must not have edited the
 * revision (four eyes). Every other body is Payload's own update, after fetching the
 * documents its evidence quotes that have no text yet.
 */

type Assignment = { reviewer: string | null }

const assignmentOf = (data: unknown): Assignment | null => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null
  const keys = Object.keys(data)
  if (keys.length !== 1 || keys[0] !== 'reviewer') return null
  const { reviewer } = data as { reviewer: unknown }
  if (reviewer === null || reviewer === '') return { reviewer: null }
  const id = idOf(reviewer)
  return id ? { reviewer: id } : null
}

/**
 * Payload's own `PATCH /api/providers/:id` (its `updateByIDHandler`), for every other body;
 * first, before the save's transaction holds the database's one writer, the documents its
 * evidence quotes that have no stored text yet are fetched (`fetchQuotedDocuments`).
 */
const payloadUpdate = async (req: PayloadRequest): Promise<Response> => {
  const collection = req.payload.collections.providers
  await fetchQuotedDocuments({ req, id: String(req.routeParams?.id ?? '') })
  const { autosave, depth, draft, overrideLock, populate, select, trash } = parseParams(
    (req.query ?? {}) as Parameters<typeof parseParams>[0],
  )
  const doc = await updateByIDOperation({
    id: String(req.routeParams?.id ?? ''),
    autosave,
    collection,
    data: req.data ?? {},
    depth,
    draft,
    overrideLock: overrideLock ?? false,
    populate,
    req,
    select,
    trash,
  })
  const text = autosave
    ? req.t('version:autosavedSuccessfully')
    : draft
      ? req.t('version:draftSavedSuccessfully')
      : req.t('general:updatedSuccessfully')
  return Response.json(
    { doc, message: text },
    { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
  )
}

const assign = async ({
  req,
  id,
  reviewer,
}: {
  req: PayloadRequest
  id: string
  reviewer: string | null
}): Promise<Response> => {
  if (!hasRole(req.user, 'editor', 'reviewer', 'admin')) {
    return refusal(req, 'review.assign-forbidden', message('review.assign-forbidden', {}), 403)
  }
  const { payload } = req
  const provider = await payload.findByID({
    collection: 'providers',
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    select: { name: true, editedBy: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (!provider) {
    return refusal(req, 'review.provider-missing', message('review.provider-missing', {}), 404)
  }
  if (reviewer !== null) {
    const person = await payload.findByID({
      collection: 'users',
      id: reviewer,
      depth: 0,
      disableErrors: true,
      select: { name: true, roles: true },
      overrideAccess: true,
      req,
    })
    const editors = idsOf(provider.editedBy)
    const problem = !person?.roles?.includes('reviewer')
      ? message('review.assign-not-reviewer', {})
      : editors.includes(reviewer)
        ? message('review.assign-editor', { name: person.name ?? '' })
        : null
    if (problem) {
      throw new ValidationError(
        { collection: 'providers', errors: [{ path: 'reviewer', message: textFor(req, problem) }] },
        req.t,
      )
    }
  }
  // The stored document and its latest revision, in place: an assignment is no revision.
  await writeInPlace({ payload, id, data: { reviewer }, req })
  const doc = await payload.findByID({
    collection: 'providers',
    id,
    draft: true,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return Response.json(
    { doc, message: textFor(req, message('review.assigned', {})) },
    { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
  )
}

/** `PATCH /api/providers/:id`: an assignment (see above), else Payload's update. */
export const assignOrUpdateEndpoint: Endpoint = {
  path: '/:id',
  method: 'patch',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const assignment = req.user ? assignmentOf(req.data) : null
    if (!assignment) return payloadUpdate(req)
    return assign({ req, id: String(req.routeParams?.id ?? ''), reviewer: assignment.reviewer })
  },
}
