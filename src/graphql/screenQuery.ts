import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode, ValueNode } from 'graphql'
import { buildSchema, Kind, NoFragmentCyclesRule, parse, validate } from 'graphql'

import { languageFrom, message, render } from '../i18n/messages'

/**
 * What a GraphQL document may cost, checked before Payload sees it (docs/security.md,
 * "Limits"). One editor query of 200 aliases of `Providers(limit: 100, draft: true)` held
 * every request for two minutes; anonymous cost grew with each alias. Measured without the
 * schema, on the document alone:
 *
 * - depth: fields nested in fields, at most `maxDepth`;
 * - aliases: at most `maxAliases` in the operation, fragments counted where they are spread;
 * - cost: every field counts 1, times the size of each list around it. A list is a field
 *   with a `limit` argument (its value; `0` or `pagination: false` counts as
 *   `unboundedList`) or with Payload's other list arguments (`where`, `sort`, `page`:
 *   Payload's default of 10). At most `maxCost`.
 *
 * Fragments whose spreads form a cycle are refused too: Payload's own complexity rule
 * recurses through them until the stack overflows.
 */

export const graphqlLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxCost: 5_000,
  defaultList: 10,
  unboundedList: 1_000,
} as const

type Measure = { cost: number; depth: number; aliases: number }

/** Fragment cycles do not depend on the schema; `validate` needs one, any valid one. */
const anySchema = buildSchema('type Query { _: Boolean }')

type Body = { query: string; variables: Record<string, unknown>; operationName: string | null }

const bodyOf = async (request: Request): Promise<Body | null> => {
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  try {
    const body = (await request.clone().json()) as Record<string, unknown>
    if (typeof body.query !== 'string') return null
    const variables =
      body.variables && typeof body.variables === 'object' && !Array.isArray(body.variables)
        ? (body.variables as Record<string, unknown>)
        : {}
    const operationName = typeof body.operationName === 'string' ? body.operationName : null
    return { query: body.query, variables, operationName }
  } catch {
    // Not JSON: Payload's handler answers it (400).
    return null
  }
}

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  return undefined
}

const listArguments = new Set(['where', 'sort', 'page'])

/** How many items a field's arguments ask for: 1 for a field that is not a list. */
export const listSizeOf = (
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number => {
  const byName = new Map(args.map((arg) => [arg.name.value, valueOf(arg.value, variables)]))
  if (byName.get('pagination') === false) return graphqlLimits.unboundedList
  if (byName.has('limit')) {
    const limit = byName.get('limit')
    if (typeof limit !== 'number' || !Number.isFinite(limit)) return graphqlLimits.defaultList
    return limit <= 0 ? graphqlLimits.unboundedList : limit
  }
  return args.some((arg) => listArguments.has(arg.name.value)) ? graphqlLimits.defaultList : 1
}

/** Depth, aliases and cost of a document's operations (the most costly one counts). */
export const measureDocument = (
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName: string | null = null,
): Measure => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  // Each fragment measured once, however often it is spread: no exponential expansion.
  const measuredFragments = new Map<string, Measure>()

  const measure = (selectionSet: SelectionSetNode): Measure => {
    const total: Measure = { cost: 0, depth: 0, aliases: 0 }
    const add = (part: Measure) => {
      total.cost += part.cost
      total.depth = Math.max(total.depth, part.depth)
      total.aliases += part.aliases
    }
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet
          ? measure(selection.selectionSet)
          : { cost: 0, depth: 0, aliases: 0 }
        const size = listSizeOf(selection.arguments ?? [], variables)
        add({
          cost: 1 + size * inner.cost,
          depth: 1 + inner.depth,
          aliases: (selection.alias ? 1 : 0) + inner.aliases,
        })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(measure(selection.selectionSet))
      } else {
        const name = selection.name.value
        let fragment = measuredFragments.get(name)
        if (!fragment) {
          const definition = fragments.get(name)
          fragment = definition
            ? measure(definition.selectionSet)
            : { cost: 0, depth: 0, aliases: 0 }
          measuredFragments.set(name, fragment)
        }
        add(fragment)
      }
    }
    return total
  }

  const worst: Measure = { cost: 0, depth: 0, aliases: 0 }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    if (operationName && definition.name?.value !== operationName) continue
    const operation = measure(definition.selectionSet)
    worst.cost = Math.max(worst.cost, operation.cost)
    worst.depth = Math.max(worst.depth, operation.depth)
    worst.aliases = Math.max(worst.aliases, operation.aliases)
  }
  return worst
}

const refusal = (errors: { message: string }[]) => Response.json({ errors }, { status: 400 })

/**
 * A 400 for a document over a limit or with cyclic fragments, or `null` to hand the
 * request to Payload (which answers syntax errors and everything else itself).
 */
export const screenQuery = async (request: Request): Promise<Response | null> => {
  const body = await bodyOf(request)
  if (!body) return null
  let document
  try {
    document = parse(body.query)
  } catch {
    return null
  }
  const cycles = validate(anySchema, document, [NoFragmentCyclesRule])
  if (cycles.length > 0) {
    return refusal(cycles.map(({ message: text, locations }) => ({ message: text, locations })))
  }
  const language = languageFrom(request.headers.get('accept-language'))
  const { cost, depth, aliases } = measureDocument(document, body.variables, body.operationName)
  const { maxCost, maxDepth, maxAliases } = graphqlLimits
  const over = [
    depth > maxDepth && message('graphql.too-deep', { depth, limit: maxDepth }),
    aliases > maxAliases &&
      message('graphql.too-many-aliases', { count: aliases, limit: maxAliases }),
    cost > maxCost && message('graphql.too-costly', { cost: Math.round(cost), limit: maxCost }),
  ].filter((entry) => entry !== false)
  if (over.length === 0) return null
  return refusal(over.map((detail) => ({ message: render(language, detail) })))
}
