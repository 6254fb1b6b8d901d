import type { PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import type { Message } from '../i18n/messages'
import { textFor } from '../i18n/messages'

/** Stable ids of the review workflow's refusals. */
export type ReviewErrorCode =
  | 'review.not-reviewer'
  | 'review.not-editor'
  | 'review.own-edit'
  | 'review.wrong-state'
  | 'review.comment-required'
  | 'review.error-findings'
  | 'review.publish-without-approval'
  | 'review.revision-missing'
  | 'review.revision-outdated'
  | 'review.restore-as-draft'

/**
 * A refused workflow step. With a `path` it is a 400 on that field (the admin shows
 * it there); without, a 403 for who may not do it, or the given `status` (409 when
 * the revision changed under the reviewer). The message says why and what to do, in
 * the language of the person asking (`req`); Payload's own words around it ("The
 * following field is invalid") in the admin's language (`req.t`).
 *
 * Unlike the other modules' errors these are Payload's `APIError` and `ValidationError`,
 * not `DeskError` subclasses (docs/decisions/0010): they are thrown inside Payload's
 * operations and answered by Payload, which puts `data` (the `code`, the field of a 400)
 * into the response only for its own classes and logs them by class name.
 */
export const reviewError = ({
  code,
  message,
  path,
  status = 403,
  req,
}: {
  code: ReviewErrorCode
  message: Message
  path?: string
  status?: number
  req: Pick<PayloadRequest, 'user' | 'i18n' | 't'>
}): APIError => {
  const text = textFor(req, message)
  return path
    ? new ValidationError({ collection: 'providers', errors: [{ path, message: text }] }, req.t)
    : new APIError(text, status, { code }, true)
}
