import { buildSchema, NoFragmentCyclesRule, parse, validate } from 'graphql'

/** Fragment cycles do not depend on the schema; `validate` needs one, any valid one. */
const anySchema = buildSchema('type Query { _: Boolean }')

const queryOf = async (request: Request): Promise<string | null> => {
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  try {
    const body = (await request.clone().json()) as { query?: unknown }
    return typeof body.query === 'string' ? body.query : null
  } catch {
    // Not JSON: Payload's handler answers it (400).
    return null
  }
}

/**
 * A 400 for a GraphQL document whose fragments spread each other in a cycle, or `null`
 * to hand the request to Payload. Payload's query-complexity rule runs beside the
 * standard rules and recurses through such a cycle until the stack overflows (a 500),
 * so the cycle is refused before.
 */
export const refuseCyclicFragments = async (request: Request): Promise<Response | null> => {
  const query = await queryOf(request)
  if (query === null) return null
  let document
  try {
    document = parse(query)
  } catch {
    // A syntax error: Payload's handler answers it with graphql's message (400).
    return null
  }
  const errors = validate(anySchema, document, [NoFragmentCyclesRule])
  if (errors.length === 0) return null
  return Response.json(
    { errors: errors.map(({ message, locations }) => ({ message, locations })) },
    { status: 400 },
  )
}
