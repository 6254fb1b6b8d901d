import { describe, expect, it } from 'vitest'

import { composeDigest, providerEditUrl } from '../../../src/reminders/composeDigest'
import { aDigest, aDueSoonEntry, aStaleEntry } from './factories'

const publicUrl = 'https://desk.example.org'

describe('composeDigest: subject', () => {
  it.each([
    { language: 'de', count: 1, subject: 'provider-desk: 1 Anbieterprofil braucht eine Prüfung' },
    { language: 'de', count: 2, subject: 'provider-desk: 2 Anbieterprofile brauchen eine Prüfung' },
    { language: 'en', count: 1, subject: 'provider-desk: 1 provider profile needs a review' },
    { language: 'en', count: 2, subject: 'provider-desk: 2 provider profiles need a review' },
  ] as const)('$language with $count profile(s): $subject', ({ language, count, subject }) => {
    const providers = [aStaleEntry(), aDueSoonEntry()].slice(0, count)
    expect(composeDigest({ digest: aDigest({ providers }), publicUrl, language }).subject).toBe(
      subject,
    )
  })
})

describe('composeDigest: German text', () => {
  const mail = composeDigest({
    digest: aDigest({ providers: [aStaleEntry(), aDueSoonEntry()] }),
    publicUrl,
  })

  it('is German by default', () => {
    expect(mail.text.split('\n').slice(0, 3)).toEqual([
      'Hallo Rita,',
      '',
      'diese Anbieterprofile sind überfällig oder werden bald fällig und brauchen eine Prüfung:',
    ])
  })

  it('lists each provider with state, last review date and admin link', () => {
    expect(mail.text).toContain(
      [
        '- Session: überfällig seit 125 Tagen, zuletzt geprüft am 21.01.2026',
        '  https://desk.example.org/admin/collections/providers/p-session',
        '- Signal: wird in 6 Tagen fällig, zuletzt geprüft am 01.06.2026',
        '  https://desk.example.org/admin/collections/providers/p-signal',
      ].join('\n'),
    )
  })
})

describe('composeDigest: English text', () => {
  const mail = composeDigest({
    digest: aDigest({ language: 'en', providers: [aStaleEntry(), aDueSoonEntry()] }),
    publicUrl,
  })

  it('follows the recipient’s language', () => {
    expect(mail.text.split('\n').slice(0, 3)).toEqual([
      'Hello Rita,',
      '',
      'these provider profiles are overdue or due soon and need a review:',
    ])
  })

  it('lists each provider with state, ISO date and admin link', () => {
    expect(mail.text).toContain(
      [
        '- Session: overdue by 125 days, last reviewed on 2026-01-21',
        '  https://desk.example.org/admin/collections/providers/p-session',
        '- Signal: due in 6 days, last reviewed on 2026-06-01',
      ].join('\n'),
    )
  })

  it('lets an explicit language win over the digest’s', () => {
    expect(composeDigest({ digest: aDigest(), publicUrl, language: 'de' }).text).toContain(
      'überfällig seit',
    )
  })
})

describe('composeDigest: state wording', () => {
  it.each([
    {
      entry: aStaleEntry({ daysOverdue: 1 }),
      de: 'überfällig seit 1 Tag,',
      en: 'overdue by 1 day,',
    },
    {
      entry: aStaleEntry({ daysOverdue: 2 }),
      de: 'überfällig seit 2 Tagen,',
      en: 'overdue by 2 days,',
    },
    { entry: aDueSoonEntry({ daysLeft: 0 }), de: 'wird heute fällig,', en: 'due today,' },
    { entry: aDueSoonEntry({ daysLeft: 1 }), de: 'wird in 1 Tag fällig,', en: 'due in 1 day,' },
    {
      entry: aDueSoonEntry({ daysLeft: 14 }),
      de: 'wird in 14 Tagen fällig,',
      en: 'due in 14 days,',
    },
  ])('says "$de" / "$en"', ({ entry, de, en }) => {
    const digest = aDigest({ providers: [entry] })
    expect([
      composeDigest({ digest, publicUrl, language: 'de' }).text,
      composeDigest({ digest, publicUrl, language: 'en' }).text,
    ]).toEqual([expect.stringContaining(de), expect.stringContaining(en)])
  })

  it('greets without a name when the recipient has none', () => {
    expect(composeDigest({ digest: aDigest({ recipientName: null }), publicUrl }).text).toMatch(
      /^Hallo,\n/,
    )
  })

  it('tells admins that nobody is assigned', () => {
    const digest = aDigest({ providers: [aStaleEntry({ isUnassigned: true })] })
    expect([
      composeDigest({ digest, publicUrl, language: 'de' }).text,
      composeDigest({ digest, publicUrl, language: 'en' }).text,
    ]).toEqual([
      expect.stringContaining('niemand zur Prüfung zugewiesen'),
      expect.stringContaining('no reviewer assigned'),
    ])
  })
})

describe('composeDigest: HTML', () => {
  const evil = aStaleEntry({ id: 'id"><script>', name: `<b>Evil & "Co" 'Ltd'</b>` })
  const html = composeDigest({
    digest: aDigest({ recipientName: 'Rita <Admin>', providers: [evil] }),
    publicUrl,
  }).html

  it('escapes provider names', () => {
    expect(html).toContain('&lt;b&gt;Evil &amp; &quot;Co&quot; &#39;Ltd&#39;&lt;/b&gt;')
  })

  it('escapes the recipient name', () => {
    expect(html).toContain('Hallo Rita &lt;Admin&gt;,')
  })

  it('leaves no raw markup from the data', () => {
    expect([html.includes('<b>Evil'), html.includes('<script>'), html.includes('<Admin>')]).toEqual(
      [false, false, false],
    )
  })

  it('encodes ids in links', () => {
    expect(html).toContain(
      'href="https://desk.example.org/admin/collections/providers/id%22%3E%3Cscript%3E"',
    )
  })

  it('loads nothing from outside and uses no style sheets', () => {
    expect([/<(img|link|script|style)\b/i.test(html), /\bsrc=/i.test(html)]).toEqual([false, false])
  })

  it('shows state, date and link for each provider', () => {
    const plain = composeDigest({ digest: aDigest(), publicUrl }).html
    expect(plain).toMatch(
      /<a href="https:\/\/desk\.example\.org\/admin\/collections\/providers\/p-session"[^>]*>Session<\/a>.*überfällig seit 125 Tagen.*zuletzt geprüft am 21\.01\.2026/s,
    )
  })

  it('declares the language of the mail', () => {
    expect(composeDigest({ digest: aDigest({ language: 'en' }), publicUrl }).html).toContain(
      '<html lang="en">',
    )
  })
})

describe('providerEditUrl', () => {
  it.each(['https://desk.example.org', 'https://desk.example.org/', 'https://desk.example.org//'])(
    'joins %s without a double slash',
    (url) => {
      expect(providerEditUrl({ publicUrl: url, id: 'abc' })).toBe(
        'https://desk.example.org/admin/collections/providers/abc',
      )
    },
  )
})
