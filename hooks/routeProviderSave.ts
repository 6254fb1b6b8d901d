import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { ReviewState } from '../collections/fields/workflowFields'
import { isImport } from '../src/workflow/contextFlags'
import { reviewError } from '../src/workflow/reviewError'

type SaveArgs = { id?: number | string; data?: Record<string, unknown>; draft?: boolean }

const storedStateOf = async ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<ReviewState | undefined> => {
  const stored = await req.payload.findByID({
    collection: 'providers',
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return stored?.reviewState
}

/**
 * Decides, before Payload does, whether a person's save publishes. Only an approval
 * (`reviewState: "approved"` on a revision that is in review) publishes: it is saved
 * with `_status: "published"` (the hooks then check who may approve). Every other save
 * by a person becomes a new draft revision, so the published (last approved) version
 * stays what the public reads, whatever `?draft=` or `_status` the client sent; an
 * explicit `_status: "published"` outside an approval (the admin's "Publish" button)
 * is refused with 403. The importer (`isImport`) and system calls without a user
 * save as they ask.
 */
export const routeProviderSave: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (isImport(context) || !req.user) return args
  const saveArgs = args as SaveArgs
  const data = saveArgs.data ?? {}
  const isSingleUpdate = operation === 'update' && saveArgs.id !== undefined
  const storedState = isSingleUpdate ? await storedStateOf({ id: saveArgs.id!, req }) : undefined
  if (data.reviewState === 'approved' && storedState === 'in_review') {
    return { ...args, draft: false, data: { ...data, _status: 'published' } }
  }
  if (data._status === 'published') {
    throw reviewError({
      code: 'review.publish-without-approval',
      message:
        'Only an approval publishes a provider. Submit the revision for review (review state "in review"); a reviewer who did not edit it approves it, and that publishes it.',
    })
  }
  // A new provider is created as a draft with full validation; updates are draft revisions.
  const draft = operation === 'create' ? saveArgs.draft : true
  return { ...args, draft, data: { ...data, _status: 'draft' } }
}
