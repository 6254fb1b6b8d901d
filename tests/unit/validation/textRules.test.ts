import { describe, expect, it } from 'vitest'

import { singleLineProblem, slugRule } from '../../../src/validation/inputChecks'

describe('single-line text', () => {
  it.each([
    ['a newline', 'a\nb'],
    ['a carriage return', 'a\rb'],
    ['a tab', 'a\tb'],
    ['a NUL', 'a\u0000b'],
    ['an escape', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['a C1 next line', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s', (_label, value) => {
    expect(singleLineProblem('name', value)?.de).toContain('„name“')
  })

  it.each(['Session', 'Wolke 7 – Cloud & Sync', 'Ærø Mail', '#1 VPN'])('takes %j', (value) => {
    expect(singleLineProblem('name', value)).toBeNull()
  })
})

describe('slugs', () => {
  it.each(['session', 'nebel-vpn', 'a1', 'a'.repeat(100)])('takes %j', (value) => {
    expect(slugRule(value)).toBeNull()
  })

  it.each(['Session', 'a_b', 'a/b', '../etc', 'a b', 'ä', '', 'a'.repeat(101)])(
    'refuses %j',
    (value) => {
      expect(slugRule(value)?.en).toContain('at most 100 characters')
    },
  )
})
