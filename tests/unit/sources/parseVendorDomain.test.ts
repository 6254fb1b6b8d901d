import { describe, expect, it } from 'vitest'

import { describeVendorEntry, parseVendorDomain } from '../../../src/sources/vendors'
import { render } from '../../../src/i18n/messages'

describe('parseVendorDomain', () => {
  it.each([
    { value: 'sessionapp.zendesk.com', expected: 'host sessionapp.zendesk.com' },
    { value: 'https://sessionapp.zendesk.com/', expected: 'host sessionapp.zendesk.com' },
    { value: 'github.com/session-foundation', expected: 'prefix github.com/session-foundation' },
    { value: 'GitHub.com/Session-Foundation/', expected: 'prefix github.com/session-foundation' },
    { value: 'youtube.com/channel/UC123', expected: 'prefix youtube.com/channel/uc123' },
    { value: 'session.foundation', expected: 'domain session.foundation' },
    { value: '*.getsession.org', expected: 'domain getsession.org' },
    { value: 'example.github.io', expected: 'domain example.github.io' },
    { value: 'getsession.org/blog', expected: 'prefix getsession.org/blog' },
  ])('accepts $value as $expected', ({ value, expected }) => {
    const { entry } = parseVendorDomain(value)
    expect(entry && `${entry.kind} ${describeVendorEntry(entry)}`).toBe(expected)
  })

  it.each([
    { value: 'github.com', says: 'github.com/<vendor>' },
    { value: 'www.github.com', says: 'www.github.com/<vendor>' },
    { value: 'zendesk.com', says: '<vendor>.zendesk.com' },
    { value: 'medium.com', says: '<vendor>.medium.com or medium.com/<vendor>' },
    { value: 'youtube.com/channel', says: 'at least 2 path segments' },
    { value: 'apps.apple.com', says: "Cite the vendor's own page instead" },
    { value: 'apps.apple.com/us/app/session/id1470168868', says: 'a path cannot tell' },
    { value: 'github.io', says: '<vendor>.github.io' },
    { value: 'blogspot.com', says: 'public suffix' },
    { value: 'localhost', says: 'not a host name' },
    { value: 'Nicht angegeben', says: 'not a host name' },
  ])('refuses $value and says "$says"', ({ value, says }) => {
    expect(render('en', parseVendorDomain(value).problem!)).toContain(says)
  })
})
