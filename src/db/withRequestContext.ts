import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Runs nested Local API calls that share `req` (and so its transaction) with extra
 * `req.context` flags, and restores the caller's context afterwards. Payload merges a
 * call's `context` into `req.context` for good, so without this the flags would leak
 * into the rest of the request.
 */
export const withRequestContext = async <T>({
  req,
  context,
  run,
}: {
  req: PayloadRequest
  context: RequestContext
  run: (context: RequestContext) => Promise<T>
}): Promise<T> => {
  const outer = req.context
  try {
    return await run({ ...outer, ...context })
  } finally {
    req.context = outer
  }
}
