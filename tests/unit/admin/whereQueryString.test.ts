import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { whereQueryString } from '../../../src/admin/whereQueryString'

const cases: { where: Where; query: string }[] = [
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
]

describe('whereQueryString', () => {
  it.each(cases)('$query', ({ where, query }) => {
    expect(whereQueryString(where)).toBe(query)
  })
})
