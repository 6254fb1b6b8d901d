import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { applyListDefaults } from '../../../hooks/applyListDefaults'

const collection = { slug: 'providers' } as SanitizedCollectionConfig
const select = { name: true, slug: true } as const
const hook = applyListDefaults({ select })

/** A request as Payload's REST handler makes it, on `pathname`. */
const requestOn = (pathname: string, payloadAPI: PayloadRequest['payloadAPI'] = 'REST') =>
  ({ payloadAPI, pathname, payload: { config: { routes: { api: '/api' } } } }) as PayloadRequest

const run = (req: PayloadRequest, args: Record<string, unknown>, operation = 'read') =>
  hook({ args, collection, context: {}, operation, req } as Parameters<typeof hook>[0])

describe('applyListDefaults', () => {
  it("gives the list route's read depth 0 and the list's select", () => {
    expect(run(requestOn('/api/providers'), { where: {} })).toEqual({
      where: {},
      depth: 0,
      select,
    })
    expect(run(requestOn('/api/providers/'), {})).toMatchObject({ depth: 0, select })
  })

  it('keeps a depth and a select the client gave', () => {
    const asked = { depth: 1, select: { citations: true } }
    expect(run(requestOn('/api/providers'), asked)).toEqual(asked)
  })

  it('leaves every later read of the same request as it asks', () => {
    const req = requestOn('/api/providers')
    run(req, {})
    expect(run(req, { where: {} })).toEqual({ where: {} })
  })

  it('leaves reads on another path, of one document, by GraphQL or the Local API alone', () => {
    expect(run(requestOn('/api/providers/abc/markdown'), {})).toEqual({})
    expect(run(requestOn('/api/providers'), { id: 'abc' })).toEqual({ id: 'abc' })
    expect(run(requestOn('/api/graphql', 'GraphQL'), {})).toEqual({})
    expect(run(requestOn('/api/providers', 'local'), {})).toEqual({})
    expect(run(requestOn('/api/providers'), { data: {} }, 'create')).toEqual({ data: {} })
  })

  it('gives only the depth where the collection names no select', () => {
    const depthOnly = applyListDefaults()
    const args = { collection: { slug: 'sources' } as SanitizedCollectionConfig }
    expect(
      depthOnly({
        ...args,
        args: {},
        context: {},
        operation: 'read',
        req: requestOn('/api/sources'),
      } as Parameters<typeof depthOnly>[0]),
    ).toEqual({ depth: 0 })
  })
})
