import type { Endpoint } from 'payload'

import type { Language } from '../i18n/messages'
import type { ReadFinding } from './finding'
import type { ProviderStaleness } from '../reminders/providerStalenessOf'
import { teamOnlyResponse } from '../access/teamOnlyResponse'
import { languageOf, message, textFor } from '../i18n/messages'
import { readFinding } from './finding'
import { collectProviderFindings } from '../lint/collectProviderFindings'
import { loadCategoryIntervals } from '../reminders/loadCategoryIntervals'
import { providerStalenessOf } from '../reminders/providerStalenessOf'

export type ProviderFindingsResponse = {
  /** Each with its message in `language`. */
  findings: ReadFinding[]
  staleness: ProviderStaleness
  /** The language of the messages: the asker's (`languageOf`). */
  language: Language
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
  handler: async (req) => {
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
    const provider = docs[0]
    if (!provider) {
      return Response.json(
        { errors: [{ message: textFor(req, message('provider.not-found', { id })) }] },
        { status: 404 },
      )
    }
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
  },
}
