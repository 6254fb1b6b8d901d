import type { CollectionConfig } from 'payload'

import { anchorEvidence } from '../../src/evidence/hooks'
import { checkVendorDomains, judgeCitations, linkCitedSources } from '../../src/sources/hooks'
import { applyReviewStep, recordReview, routeProviderSave } from '../../src/workflow/hooks'
import { applyListDefaults } from '../../hooks/applyListDefaults'
import { deleteProviderRelations } from './hooks/deleteProviderRelations'

/**
 * What a REST list of providers carries unless it asks for more (`applyListDefaults`): what
 * names and places each one, its review state, its status and its dates. The page itself
 * is read one by one (`/api/providers/:id`, `/api/providers/:id/markdown`).
 */
const providerListSelect = {
  name: true,
  slug: true,
  category: true,
  website: true,
  updated: true,
  reviewState: true,
  _status: true,
  createdAt: true,
  updatedAt: true,
} as const

/**
 * The hooks of every provider operation, in the order Payload runs them. Each concept keeps
 * its hook's logic (the review workflow in `src/workflow/hooks.ts`, the source rule in
 * `src/sources/hooks.ts`, the evidence in `src/evidence/hooks.ts`); the order is decided here:
 *
 * - `beforeOperation`: `routeProviderSave` decides whether a save publishes before Payload
 *   picks the draft or the published path; `applyListDefaults` only touches list reads,
 *   which `routeProviderSave` passes by.
 * - `beforeChange`: `checkVendorDomains` first, since the rule judges every citation
 *   against those domains; then `applyReviewStep`, which refuses a step this person may not
 *   take before anything is judged or written and sets the `_status` that `judgeCitations`
 *   reads (only a save that publishes is refused for a rejected source); `judgeCitations`
 *   stores each entry's verdict, which `linkCitedSources` needs to register the accepted
 *   documents in `sources`; `anchorEvidence` last, as it anchors quotes in the stored text
 *   of the documents the revision cites.
 * - `afterChange`: `recordReview` writes the review log once the version exists (the log
 *   names the version id Payload just saved), in the save's transaction.
 * - `beforeDelete`: `deleteProviderRelations`, so no review record or source change is left
 *   without its provider.
 */
export const providerHooks = {
  beforeOperation: [routeProviderSave, applyListDefaults({ select: providerListSelect })],
  beforeChange: [
    checkVendorDomains,
    applyReviewStep,
    judgeCitations,
    linkCitedSources,
    anchorEvidence,
  ],
  afterChange: [recordReview],
  beforeDelete: [deleteProviderRelations],
} satisfies CollectionConfig['hooks']
