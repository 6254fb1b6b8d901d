import type { Endpoint } from 'payload'

import {
  evidenceQuoteEndpoint,
  evidenceStatesEndpoint,
  evidenceTextEndpoint,
} from '../../src/admin/evidence/evidenceEndpoints'
import { providerMarkdownEndpoint } from '../../src/export/endpoints'
import {
  providerFindingsEndpoint,
  unsavedFindingsEndpoint,
} from '../../src/findings/providerFindingsEndpoint'
import { assignOrUpdateEndpoint } from '../../src/workflow/assignment'
import { restoreAsDraftEndpoint } from '../../src/workflow/hooks'
import { reviewSummaryEndpoint } from '../../src/workflow/reviewSummary'

/**
 * The custom routes under `/api/providers` (the review workflow:
 * docs/decisions/0004-review-workflow.md). Each concept keeps its endpoint: the page as
 * exported (`/:id/markdown`), the findings, the review (restore as a draft, assignment,
 * the review box's summary) and the evidence panel's reads.
 */
export const providerEndpoints: Endpoint[] = [
  providerMarkdownEndpoint,
  providerFindingsEndpoint,
  unsavedFindingsEndpoint,
  restoreAsDraftEndpoint,
  assignOrUpdateEndpoint,
  reviewSummaryEndpoint,
  evidenceStatesEndpoint,
  evidenceTextEndpoint,
  evidenceQuoteEndpoint,
]
