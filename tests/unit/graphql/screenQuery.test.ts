import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { graphqlLimits, measureDocument, screenQuery } from '../../../src/graphql/screenQuery'

const aliases = (
  count: number,
  field = 'Providers(limit: 100, draft: true) { docs { id name } }',
) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`

const request = (query: string, headers: Record<string, string> = {}, variables?: object) =>
  new Request('http://desk.test/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })

describe('measureDocument', () => {
  it.each([
    ['a plain field', '{ Access { canAccessAdmin } }', { cost: 2, depth: 2, aliases: 0 }],
    [
      'a list of 100 with two fields',
      '{ Providers(limit: 100) { docs { id name } } }',
      { cost: 301, depth: 3, aliases: 0 },
    ],
    [
      "Payload's default list of 10",
      '{ Providers(where: {}) { docs { id } } }',
      { cost: 21, depth: 3, aliases: 0 },
    ],
    [
      'limit 0 as an unbounded list',
      '{ Providers(limit: 0) { docs { id } } }',
      { cost: 2001, depth: 3, aliases: 0 },
    ],
    [
      'pagination: false as an unbounded list',
      '{ Providers(pagination: false) { totalDocs } }',
      { cost: 1001, depth: 2, aliases: 0 },
    ],
    [
      'two aliases',
      '{ a: Provider(id: "1") { id } b: Provider(id: "2") { id } }',
      { cost: 4, depth: 2, aliases: 2 },
    ],
  ])('measures %s', (_label, query, expected) => {
    expect(measureDocument(parse(query))).toEqual(expected)
  })

  it('reads a limit given as a variable', () => {
    const document = parse('query($n: Int) { Providers(limit: $n) { docs { id } } }')
    expect(measureDocument(document, { n: 50 }).cost).toBe(101)
  })

  it('counts a fragment wherever it is spread, measuring it once', () => {
    // 30 levels of fragments, each spread twice: 2^30 expansions if expanded naively.
    const levels = Array.from(
      { length: 30 },
      (_, index) => `fragment F${index} on Provider { ...F${index + 1} ...F${index + 1} }`,
    ).join('\n')
    const document = parse(
      `{ Provider(id: "1") { ...F0 } }\n${levels}\nfragment F30 on Provider { id }`,
    )
    const startedAt = performance.now()
    expect(measureDocument(document).cost).toBeGreaterThan(graphqlLimits.maxCost)
    expect(performance.now() - startedAt).toBeLessThan(1_000)
  })
})

describe('screenQuery', () => {
  it('hands a modest query to Payload', async () => {
    expect(await screenQuery(request(aliases(2)))).toBeNull()
  })

  it('refuses 200 aliases of a list of 100 with 400, in German by default', async () => {
    const response = await screenQuery(request(aliases(200)))
    expect(response?.status).toBe(400)
    const body = await response!.json()
    expect(body.errors.map((error: { message: string }) => error.message)).toEqual([
      'Die Abfrage hat 200 Aliasse; erlaubt sind 20. Teile sie in mehrere Abfragen auf.',
      'Die Abfrage würde bis zu 60200 Felder liefern; erlaubt sind 5000. Wähle weniger Felder oder ein kleineres „limit“ und blättere mit „page“.',
    ])
  })

  it('answers in English to a client that asks for it', async () => {
    const response = await screenQuery(
      request(aliases(21, 'Access { canAccessAdmin }'), { 'accept-language': 'en-GB' }),
    )
    expect((await response!.json()).errors[0].message).toBe(
      'The query has 21 aliases; at most 20 are allowed. Split it into several queries.',
    )
  })

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ ${'a { '.repeat(11)}b${' }'.repeat(11)} }`
    const response = await screenQuery(request(deep))
    expect((await response!.json()).errors[0].message).toContain('12 Ebenen tief; erlaubt sind 10')
  })

  it('refuses fragments that spread each other in a cycle', async () => {
    const response = await screenQuery(
      request('{ Access { ...A } } fragment A on Access { ...B } fragment B on Access { ...A }'),
    )
    expect(response?.status).toBe(400)
    expect((await response!.json()).errors[0].message).toContain('Cannot spread fragment')
  })

  it('leaves a syntax error to Payload', async () => {
    expect(await screenQuery(request('{ Access {'))).toBeNull()
  })
})
