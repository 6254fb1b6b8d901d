import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { ReviewState } from '../collections/fields/workflowFields'
import { isImport } from '../src/workflow/contextFlags'
import { message } from '../src/i18n/messages'
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
    select: { reviewState: true },
    req,
  })
  return stored?.reviewState
}

/**
 * Decides, before Payload does, whether a save publishes. Only an approval
 * (`reviewState: "approved"` on a revision that is in review) publishes: it is saved
 * with `_status: "published"`, its `approvedRevision` goes to `req.context` for the
 * review step. Every other save by a person becomes a new draft revision, so the
 * published (last approved) version stays what the public reads, whatever `?draft=`
 * or `_status` the client sent; an explicit `_status: "published"` outside an
 * approval is refused with 403. A restore must be a draft restore (the REST route
 * of the admin's restore button forces it, `restoreAsDraftEndpoint`): restoring
 * never publishes or unpublishes. The importer (`isImport`) and system calls without
 * a user save as they ask.
 */
export const routeProviderSave: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation === 'restoreVersion') {
    if ((args as SaveArgs).draft !== true) {
      throw reviewError({
        code: 'review.restore-as-draft',
        status: 400,
        message: message('review.restore-as-draft', {}),
        req,
      })
    }
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const saveArgs = args as SaveArgs
  const { approvedRevision, ...data } = saveArgs.data ?? {}
  if (isImport(context) || !req.user) return { ...args, data }
  if (typeof approvedRevision === 'string') req.context.approvedRevision = approvedRevision
  const isSingleUpdate = operation === 'update' && saveArgs.id !== undefined
  const storedState = isSingleUpdate ? await storedStateOf({ id: saveArgs.id!, req }) : undefined
  if (data.reviewState === 'approved' && storedState === 'in_review') {
    return { ...args, draft: false, data: { ...data, _status: 'published' } }
  }
  if (data._status === 'published') {
    throw reviewError({
      code: 'review.publish-without-approval',
      message: message('review.publish-without-approval', {}),
      req,
    })
  }
  // A new provider is created as a draft with full validation; updates are draft revisions.
  const draft = operation === 'create' ? saveArgs.draft : true
  return { ...args, draft, data: { ...data, _status: 'draft' } }
}
