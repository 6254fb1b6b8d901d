import type { PayloadRequest } from 'payload'

import { isExpectedError } from '../errors'

/**
 * The response for an error of the export endpoints: an expected error (bad target,
 * busy site, damaged manifest) with its code, status and message; anything else a
 * plain 500 that names no internals, with the cause in the log.
 */
export const exportErrorResponse = ({
  req,
  err,
}: {
  req: PayloadRequest
  err: unknown
}): Response => {
  if (isExpectedError(err)) {
    return Response.json(
      { errors: [{ code: err.code, message: err.message }] },
      { status: err.status },
    )
  }
  req.payload.logger.error({ msg: `${req.method} ${req.url} failed`, err })
  return Response.json(
    {
      errors: [
        {
          code: 'export.failed',
          message: 'The export failed unexpectedly; the server log has the details.',
        },
      ],
    },
    { status: 500 },
  )
}
