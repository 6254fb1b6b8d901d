import type { Endpoint, FlattenedField } from 'payload'
import { z } from 'zod'

import type { Provider } from '../payload-types'
import type { Language } from '../i18n/messages'
import type { ReadFinding } from './finding'
import type { ProviderStaleness } from '../reminders/staleness'
import { readJsonBody, refusal, teamOnlyResponse } from '../http'
import { languageOf, message } from '../i18n/messages'
import { readFinding } from './finding'
import { fieldsWithRole } from '../../collections/fields/providerFieldRoles'
import { collectProviderFindings } from '../lint/lintProvider'
import { loadCategoryIntervals, providerStalenessOf } from '../reminders/staleness'

export type ProviderFindingsResponse = {
  /** Each with its message in `language`. */
  findings: ReadFinding[]
  staleness: ProviderStaleness
  /** The language of the messages: the asker's (`languageOf`). */
  language: Language
}

/**
 * What a revision as the form stands may not change: every field but the editor's
 * content (the workflow's, Payload's own, what only the importer writes).
 */
const notFromTheForm = fieldsWithRole('workflow', 'system', 'import-only', 'derived')

type FindingsRequest = Parameters<Endpoint['handler']>[0]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `value` if it has the shape a document holds for `field`, else `undefined` (left out). */
const valueShapedLike = (field: FlattenedField, value: unknown): unknown => {
  if (value === null) return null
  const isMany = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'array':
      // The form counts an empty array's rows as 0.
      if (value === 0) return []
      return Array.isArray(value)
        ? value.filter(isRecord).map((row) => shapedLike(field.flattenedFields, row))
        : undefined
    case 'group':
    case 'tab':
      return isRecord(value) ? shapedLike(field.flattenedFields, value) : undefined
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'date':
    case 'select':
    case 'radio':
      if (isMany) {
        if (value === 0) return []
        return Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? value
          : undefined
      }
      return typeof value === 'string' ? value : undefined
    case 'number':
      return typeof value === 'number' ? value : undefined
    case 'checkbox':
      return typeof value === 'boolean' ? value : undefined
    case 'richText':
    case 'json':
      return isRecord(value) || Array.isArray(value) ? value : undefined
    default:
      // Relations and the rest keep what is stored.
      return undefined
  }
}

/** The entries of `data` that have the shape of the document's fields; the rest is dropped. */
const shapedLike = (
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
): Record<string, unknown> =>
  Object.fromEntries(
    fields.flatMap((field) => {
      if (!(field.name in data)) return []
      const value = valueShapedLike(field, data[field.name])
      return value === undefined ? [] : [[field.name, value]]
    }),
  )

/**
 * The form's values as a provider revision: only the fields the editor writes, and
 * only values shaped as the document holds them (the form's state is not the stored
 * document: an empty array is a row count, say), so any body reads as a revision.
 */
const revisionFromForm = (
  req: FindingsRequest,
  stored: Provider,
  unsaved: Record<string, unknown>,
): Provider => {
  const fields = req.payload.collections.providers.config.flattenedFields.filter(
    (field) => !notFromTheForm.has(field.name),
  )
  return { ...stored, ...shapedLike(fields, unsaved) }
}

const revisionBody = z.object({ revision: z.record(z.string(), z.unknown()) }).strict()

/**
 * The findings about the latest revision, or about `unsaved` laid over it (the form's
 * values: nothing is written, and the workflow's fields stay as stored).
 */
const respondWithFindings = async (
  req: FindingsRequest,
  unsaved?: Record<string, unknown>,
): Promise<Response> => {
  const refused = teamOnlyResponse(req)
  if (refused) return refused
  const id = String(req.routeParams?.id ?? '')
  const { docs } = await req.payload.find({
    collection: 'providers',
    where: { id: { equals: id } },
    draft: true,
    limit: 1,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const stored = docs[0]
  if (!stored) {
    return refusal(req, 'provider.not-found', message('provider.not-found', { id }), 404)
  }
  const provider = unsaved ? revisionFromForm(req, stored, unsaved) : stored
  const now = new Date()
  const categoryIntervals = await loadCategoryIntervals({ payload: req.payload, req })
  const staleness = providerStalenessOf({ provider, categoryIntervals, now })
  const findings = await collectProviderFindings({
    payload: req.payload,
    providerId: id,
    now,
    req,
    provider,
  })
  const language = languageOf(req)
  const body: ProviderFindingsResponse = {
    findings: findings.map((finding) => readFinding(finding, language)),
    staleness,
    language,
  }
  return Response.json(body)
}

/**
 * `GET /api/providers/:id/findings`: what `provider-desk lint` says about the latest
 * revision (draft included) plus its staleness, for the admin's findings panel.
 * Staff only. The provider is read as the person asking; the staleness uses the
 * interval that applies to it (own, category default, 180), as the reminders do.
 * The messages are in the asker's language (their `language`, else the admin's).
 */
export const providerFindingsEndpoint: Endpoint = {
  path: '/:id/findings',
  method: 'get',
  handler: (req) => respondWithFindings(req),
}

/**
 * `POST /api/providers/:id/findings` with `{"revision": {…}}`: the same findings about
 * the revision as the editor's form holds it, before it is saved, so the panel follows
 * the typing. Writes nothing; the form cannot change the workflow's fields here either.
 */
export const unsavedFindingsEndpoint: Endpoint = {
  path: '/:id/findings',
  method: 'post',
  handler: async (req) => {
    // Only the team's bodies are read at all.
    const refused = teamOnlyResponse(req)
    if (refused) return refused
    const body = revisionBody.safeParse(await readJsonBody(req))
    if (!body.success) {
      return refusal(req, 'findings.bad-request', message('findings.bad-request', {}), 400)
    }
    return respondWithFindings(req, body.data.revision)
  },
}
