import { describe, expect, it } from 'vitest'

import { dateText } from '../../../src/i18n/dates'

describe('dateText', () => {
  it.each([
    ['a calendar day in German', '2026-12-07', 'de', '07.12.2026'],
    ['a calendar day in English', '2026-12-07', 'en', '7 December 2026'],
    ['a date field at midnight as a day', '2025-03-01T00:00:00.000Z', 'de', '01.03.2025'],
    ['a timestamp with the time in Berlin', '2026-12-07T01:24:00.000Z', 'de', '07.12.2026, 02:24'],
    ['a summer timestamp in English', '2026-07-20T12:05:09.123Z', 'en', '20 July 2026, 14:05'],
    ['an empty value as it is', '', 'de', ''],
    ['a value that is no date as it is', 'gestern', 'en', 'gestern'],
  ] as const)('reads %s', (_behaviour, value, language, expected) => {
    expect(dateText(value, language)).toBe(expected)
  })
})
