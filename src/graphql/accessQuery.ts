import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => Promise<Record<string, unknown>>

/**
 * GraphQL's `Access` query with `canAccessAdmin` always answered: Payload drops the
 * value when it is `false` while the schema declares it non-null, so an anonymous
 * `Access { canAccessAdmin }` failed with a 500 instead of answering `false`.
 */
export const accessQuery: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { type: unknown; resolve: Resolver }
  return {
    Access: {
      type: access.type,
      resolve: async (...args: unknown[]) => {
        const result = await access.resolve(...args)
        return { ...result, canAccessAdmin: result.canAccessAdmin === true }
      },
    },
  }
}
