import type { PayloadRequest } from 'payload'

import { isUserFacingError } from './isUserFacingError'

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
  if (isUserFacingError(err)) {
    return Response.json(
      { errors: [{ code: err.code, message: err.message }] },
      { status: err.status },
    )
  }
  if (err instanceof Error && (err as { code?: unknown }).code === 'export.bad-manifest') {
    return Response.json(
      { errors: [{ code: 'export.bad-manifest', message: err.message }] },
      { status: 409 },
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
