import { describe, expect, it } from 'vitest'

import type { Message } from '../../../src/i18n/messages'
import { render } from '../../../src/i18n/messages'
import { singleLineProblem, slugRule } from '../../../src/validation/textRules'

const inGerman = (problem: Message | null): string | undefined =>
  problem ? render('de', problem) : undefined
const inEnglish = (problem: Message | null): string | undefined =>
  problem ? render('en', problem) : undefined

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
    expect(inGerman(singleLineProblem('name', value))).toContain('„name“')
  })

  it.each([
    ['a right-to-left override', 'Session\u202Egpj.exe', 'U+202E'],
    ['a left-to-right isolate', 'a\u2066b', 'U+2066'],
    ['a byte order mark', '\uFEFFSession', 'U+FEFF'],
    ['a zero-width joiner', 'Ses\u200Dsion', 'U+200D'],
    ['a zero-width space', 'Ses\u200Bsion', 'U+200B'],
    ['a word joiner', 'Ses\u2060sion', 'U+2060'],
  ])('refuses %s, naming the character', (_label, value, code) => {
    const problem = singleLineProblem('name', value)
    expect(inGerman(problem)).toContain(`„name“ enthält ein unsichtbares Formatzeichen (${code}`)
    expect(inEnglish(problem)).toContain(`"name" holds an invisible format character (${code}`)
  })

  it.each(['Session', 'Wolke 7 – Cloud & Sync', 'Ærø Mail', '#1 VPN', 'ملف', 'Straße'])(
    'takes %j',
    (value) => {
      expect(singleLineProblem('name', value)).toBeNull()
    },
  )
})

describe('slugs', () => {
  it.each(['session', 'nebel-vpn', 'a1', 'a'.repeat(100)])('takes %j', (value) => {
    expect(slugRule(value)).toBeNull()
  })

  it.each(['Session', 'a_b', 'a/b', '../etc', 'a b', 'ä', '', 'a'.repeat(101)])(
    'refuses %j',
    (value) => {
      expect(inEnglish(slugRule(value))).toContain('at most 100 characters')
    },
  )
})
