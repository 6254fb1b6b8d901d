import type { CollectionBeforeChangeHook } from 'payload'

import type { Provider } from '../src/payload-types'
import { hasError } from '../src/findings/finding'
import { collectProviderFindings } from '../src/lint/collectProviderFindings'
import { isSameValue } from '../src/workflow/changedContentFields'
import { isImport, nowOf } from '../src/workflow/contextFlags'
import { idOf } from '../src/workflow/idOf'
import { refusalOf } from '../src/workflow/refusalOf'
import { reviewError } from '../src/workflow/reviewError'
import { reviewStepOf } from '../src/workflow/reviewStepOf'

/**
 * The review state machine for saves made by a person (see
 * docs/decisions/0004-review-workflow.md): checks who may take the step (`refusalOf`),
 * refuses an approval while the provider has an error finding (listing them), sends a
 * content edit back to `draft`, and keeps in `reviewComment` only the comment given
 * with this step. The importer (`isImport`) and system calls without a user pass.
 */
export const enforceReviewTransition: CollectionBeforeChangeHook<Provider> = async ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  const { user } = req
  if (isImport(context) || !user) return data
  const { action, changedFields } = reviewStepOf({ collection, data, originalDoc })
  const hasNewComment =
    Boolean(data.reviewComment?.trim()) &&
    !isSameValue(data.reviewComment, originalDoc?.reviewComment)
  const editors = (originalDoc?.editedBy ?? []).map(idOf)
  const refusal = refusalOf({
    action,
    roles: user.roles ?? [],
    previousState: originalDoc?.reviewState,
    isEditorOfRevision: editors.includes(String(user.id)),
    isContentChange: changedFields.length > 0,
    hasNewComment,
  })
  if (refusal) throw reviewError(refusal)

  if (action === 'edit') return { ...data, reviewState: 'draft' }
  if (action === 'none' || action === 'withdraw') return data
  if (action === 'approve') {
    if (data._status !== 'published') {
      throw reviewError({
        code: 'review.wrong-state',
        path: 'reviewState',
        message:
          'Approve one provider at a time (PATCH /api/providers/:id); an approval publishes it.',
      })
    }
    const findings = await collectProviderFindings({
      payload: req.payload,
      providerId: String(originalDoc!.id),
      now: nowOf(context),
      req,
      provider: { ...originalDoc!, ...data },
    })
    if (hasError(findings)) {
      const errors = findings.filter((finding) => finding.severity === 'error')
      throw reviewError({
        code: 'review.error-findings',
        path: 'reviewState',
        message: [
          `This revision cannot be approved while the provider has ${errors.length} error finding(s). Fix them first:`,
          ...errors.map((finding) => `- ${finding.code}: ${finding.message} (${finding.value})`),
        ].join('\n'),
      })
    }
  }
  return { ...data, reviewComment: hasNewComment ? data.reviewComment : null }
}
