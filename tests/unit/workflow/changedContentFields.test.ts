import { describe, expect, it } from 'vitest'

import { changedContentFields } from '../../../src/workflow/changedContentFields'

const fieldNames = ['name', 'description', 'sections', 'reviewState', 'reviewer', 'editedBy']

describe('changedContentFields', () => {
  it('names the content fields that differ and ignores the workflow fields', () => {
    const previous = { name: 'A', description: 'x', reviewState: 'draft', reviewer: 'u1' }
    const next = { name: 'A', description: 'y', reviewState: 'in_review', reviewer: 'u2' }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual(['description'])
  })

  it('treats null, undefined and the empty string alike', () => {
    const previous = { name: 'A', description: null }
    const next = { name: 'A', description: '' }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual([])
  })

  it('compares JSON regardless of key order', () => {
    const previous = { sections: { a: [1, { b: 2, c: 3 }] } }
    const next = { sections: { a: [1, { c: 3, b: 2 }] } }
    expect(changedContentFields({ fieldNames, previous, next })).toEqual([])
  })

  it('counts every given field of a new provider', () => {
    expect(changedContentFields({ fieldNames, previous: undefined, next: { name: 'A' } })).toEqual([
      'name',
    ])
  })
})
