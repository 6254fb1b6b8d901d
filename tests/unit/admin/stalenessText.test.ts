import { describe, expect, it } from 'vitest'

import { stalenessText } from '../../../src/admin/stalenessText'
import { adminTexts } from '../../../src/i18n/admin/adminTexts'

describe('stalenessText', () => {
  it.each([
    { state: 'fresh', daysLeft: 40, de: 'noch 40 Tage', en: '40 days left' },
    { state: 'fresh', daysLeft: 15, de: 'noch 15 Tage', en: '15 days left' },
    { state: 'due-soon', daysLeft: 3, de: 'fällig in 3 Tagen', en: 'due in 3 days' },
    { state: 'due-soon', daysLeft: 1, de: 'fällig in 1 Tag', en: 'due in 1 day' },
    { state: 'due-soon', daysLeft: 0, de: 'heute fällig', en: 'due today' },
    { state: 'stale', daysLeft: -1, de: 'überfällig (seit 1 Tag)', en: 'overdue (for 1 day)' },
    {
      state: 'stale',
      daysLeft: -125,
      de: 'überfällig (seit 125 Tagen)',
      en: 'overdue (for 125 days)',
    },
    { state: 'never-reviewed', daysLeft: null, de: 'nie geprüft', en: 'never reviewed' },
  ] as const)('$state, $daysLeft days: "$de" / "$en"', ({ state, daysLeft, de, en }) => {
    expect(stalenessText({ staleness: { state, daysLeft }, texts: adminTexts('de') })).toBe(de)
    expect(stalenessText({ staleness: { state, daysLeft }, texts: adminTexts('en') })).toBe(en)
  })

  it('falls back to German for a language it has no texts for', () => {
    expect(
      stalenessText({ staleness: { state: 'fresh', daysLeft: 2 }, texts: adminTexts('fr') }),
    ).toBe('noch 2 Tage')
  })
})
