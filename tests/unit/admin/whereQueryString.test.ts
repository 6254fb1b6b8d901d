import { describe, expect, it } from 'vitest'

import { whereQueryString } from '../../../src/admin/whereQueryString'

describe('whereQueryString', () => {
  it.each([
    {
      where: { reviewState: { equals: 'in_review' } },
      query: 'where[reviewState][equals]=in_review',
    },
    { where: { id: { in: ['a', 'b'] } }, query: 'where[id][in]=a%2Cb' },
    { where: { id: { in: [] } }, query: 'where[id][in]=' },
    {
      where: { updated: { less_than: '2026-05-26' } },
      query: 'where[updated][less_than]=2026-05-26',
    },
  ])('$query', ({ where, query }) => {
    expect(whereQueryString(where)).toBe(query)
  })
})
