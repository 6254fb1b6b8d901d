import type { CollectionBeforeChangeHook } from 'payload'

import type { Provider } from '../src/payload-types'
import { hasError, readFinding } from '../src/findings/finding'
import { languageOf, message } from '../src/i18n/messages'
import { collectProviderFindings } from '../src/lint/collectProviderFindings'
import { approvedRevisionOf, isImport, nowOf } from '../src/workflow/contextFlags'
import { reviewError } from '../src/workflow/reviewError'
import { reviewStep } from '../src/workflow/reviewStep'

/**
 * The review workflow on every save by a person (docs/decisions/0004-review-workflow.md):
 * `reviewStep` decides what the save does and who may do it; this hook applies it and,
 * for an approval, refuses while the revision has an error finding (listing them). The
 * importer (`isImport`) and system calls without a user pass unchanged.
 */
export const applyReviewStep: CollectionBeforeChangeHook<Provider> = async ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  const { user } = req
  if (isImport(context) || !user) return data
  const step = reviewStep({
    previous: originalDoc,
    data,
    fieldNames: collection.flattenedFields.map((field) => field.name),
    user: { id: String(user.id), roles: user.roles ?? [] },
    isRestore: Boolean(context.isRestoringVersion),
    approvedRevision: approvedRevisionOf(context),
    now: nowOf(context),
  })
  if (step.refusal) throw reviewError({ ...step.refusal, req })
  if (step.action !== 'approve') return step.data
  if (data._status !== 'published') {
    throw reviewError({
      code: 'review.wrong-state',
      path: 'reviewState',
      message: message('review.one-at-a-time', {}),
      req,
    })
  }
  const findings = await collectProviderFindings({
    payload: req.payload,
    providerId: String(originalDoc!.id),
    now: nowOf(context),
    req,
    provider: { ...originalDoc!, ...step.data },
  })
  if (hasError(findings)) {
    const language = languageOf(req)
    const errors = findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => readFinding(finding, language))
    throw reviewError({
      code: 'review.error-findings',
      path: 'reviewState',
      message: message('review.error-findings', {
        count: errors.length,
        findings: errors.map((finding) => `${finding.code}: ${finding.message} (${finding.value})`),
      }),
      req,
    })
  }
  return step.data
}
