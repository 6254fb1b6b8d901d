import { describe, expect, it } from 'vitest'

import { composeDigest, providerEditUrl } from '../../../src/reminders/composeDigest'
import { groupSourceChanges } from '../../../src/reminders/groupSourceChanges'
import { aDigest, aDueSoonEntry, aSectionChange, aStaleEntry } from './factories'

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
        '- Session: overdue by 125 days, last reviewed on 21 January 2026',
        '  https://desk.example.org/admin/collections/providers/p-session',
        '- Signal: due in 6 days, last reviewed on 1 June 2026',
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

describe('composeDigest: section "Quellen geändert"', () => {
  const privacy = 'https://getsession.org/privacy-policy'
  const withSources = (overrides: Parameters<typeof aDigest>[0] = {}) =>
    aDigest({
      sources: groupSourceChanges([
        aSectionChange(),
        aSectionChange({
          id: 'c-signal',
          providerId: 'p-signal',
          providerSlug: 'signal',
          providerName: 'Signal',
        }),
      ]),
      ...overrides,
    })

  it.each([
    {
      language: 'de',
      profiles: 1,
      subject: 'provider-desk: 1 Anbieterprofil braucht eine Prüfung, 1 Quelle geändert',
    },
    { language: 'de', profiles: 0, subject: 'provider-desk: 1 Quelle geändert' },
    {
      language: 'en',
      profiles: 1,
      subject: 'provider-desk: 1 provider profile needs a review, 1 source changed',
    },
    { language: 'en', profiles: 0, subject: 'provider-desk: 1 source changed' },
  ] as const)(
    'names the changed sources in the $language subject ($profiles stale)',
    ({ language, profiles, subject }) => {
      const digest = withSources({ providers: [aStaleEntry()].slice(0, profiles) })
      expect(composeDigest({ digest, publicUrl, language }).subject).toBe(subject)
    },
  )

  it('counts changed URLs, not changes, in the subject', () => {
    const digest = aDigest({
      providers: [],
      sources: groupSourceChanges([
        aSectionChange(),
        aSectionChange({ id: 'c-2', url: 'https://signal.org/legal' }),
      ]),
    })
    expect(composeDigest({ digest, publicUrl }).subject).toBe('provider-desk: 2 Quellen geändert')
  })

  it('follows the stale providers in German text, with URL, profiles, links and excerpt', () => {
    const text = composeDigest({ digest: withSources(), publicUrl }).text
    expect(text).toContain(
      [
        '  https://desk.example.org/admin/collections/providers/p-session',
        '',
        'Quellen geändert',
        '',
        'Dieses zitierte Dokument hat sich seit der letzten Freigabe geändert. Bitte die Änderung prüfen und die Profile, die es zitieren, erneut freigeben:',
        '',
        privacy,
        '  zitiert in:',
        '  - Session: https://desk.example.org/admin/collections/providers/p-session',
        '  - Signal: https://desk.example.org/admin/collections/providers/p-signal',
        '  Änderung:',
        '    - We do not store IP addresses.',
        '    + We store IP addresses for 7 days.',
        '',
        '-- ',
      ].join('\n'),
    )
  })

  it('opens with the watch, not with stale profiles, when there are only changes', () => {
    const text = composeDigest({ digest: withSources({ providers: [] }), publicUrl }).text
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Hallo Rita,',
      '',
      'die Quellenüberwachung hat Änderungen an zitierten Dokumenten bemerkt.',
      '',
      'Quellen geändert',
    ])
    expect(text).not.toContain('überfällig')
  })

  it('is "Sources changed" in English', () => {
    const text = composeDigest({ digest: withSources({ language: 'en' }), publicUrl }).text
    expect(text).toContain(
      [
        'Sources changed',
        '',
        'This cited document changed since the last approval. Please check the change and approve the profiles citing it again:',
        '',
        privacy,
        '  cited in:',
        '  - Session: https://desk.example.org/admin/collections/providers/p-session',
      ].join('\n'),
    )
    expect(text).toContain('  Change:\n    - We do not store IP addresses.')
  })

  it('says in the footer that a change is reported once', () => {
    expect([
      composeDigest({ digest: withSources(), publicUrl }).text,
      composeDigest({ digest: withSources({ providers: [] }), publicUrl, language: 'en' }).text,
    ]).toEqual([
      expect.stringContaining(
        'Diese Erinnerung kommt für jedes Profil höchstens einmal in 7 Tagen. Jede Quellenänderung wird nur einmal gemeldet.',
      ),
      expect.stringMatching(/\n-- \nEach source change is reported once\. This mail was sent/),
    ])
  })

  it('tells admins which citing profile nobody reviews', () => {
    const digest = aDigest({
      providers: [],
      sources: groupSourceChanges([aSectionChange({ isUnassigned: true })]),
    })
    expect(composeDigest({ digest, publicUrl }).text).toContain(
      '  - Session (niemand zur Prüfung zugewiesen): https://desk.example.org/admin/collections/providers/p-session',
    )
  })

  it('leaves the excerpt out when the watch wrote none', () => {
    const digest = aDigest({ sources: groupSourceChanges([aSectionChange({ excerpt: '' })]) })
    const mail = composeDigest({ digest, publicUrl })
    expect([mail.text.includes('Änderung:'), mail.html.includes('<pre')]).toEqual([false, false])
  })

  it('names each claim whose passage no longer stands, as approved and as it is now, instead of the excerpt', () => {
    const claims = [
      {
        claim: 'Löschung nach Inaktivität',
        state: 'edited' as const,
        before: 'mindestens 6 Monate lang nicht online',
        after: 'mindestens 18 Monate lang nicht online',
      },
      {
        claim: 'Keine Datenhändler',
        state: 'vanished' as const,
        before: 'We never work with data brokers.',
        after: null,
      },
    ]
    const digest = aDigest({
      providers: [],
      sources: groupSourceChanges([aSectionChange({ claims })]),
    })
    const german = composeDigest({ digest, publicUrl })
    expect(german.text).toContain(
      [
        '  Belege geändert:',
        '    „Löschung nach Inaktivität“ – geändert',
        '      wie freigegeben: mindestens 6 Monate lang nicht online',
        '      jetzt: mindestens 18 Monate lang nicht online',
        '    „Keine Datenhändler“ – nicht mehr gefunden',
        '      wie freigegeben: We never work with data brokers.',
        '',
      ].join('\n'),
    )
    expect(german.text).not.toContain('Änderung:')
    expect(german.html).toContain('<del>mindestens 6 Monate lang nicht online</del>')
    expect(german.html).toContain('<ins>mindestens 18 Monate lang nicht online</ins>')
    const english = composeDigest({ digest, publicUrl, language: 'en' })
    expect(english.text).toContain('    “Keine Datenhändler” – no longer found')
    expect(english.text).toContain('  Evidence changed:')
  })

  it('has no section without source changes', () => {
    const mail = composeDigest({ digest: aDigest(), publicUrl })
    expect([mail.text.includes('Quellen geändert'), mail.html.includes('<h2')]).toEqual([
      false,
      false,
    ])
  })
})

describe('composeDigest: notes "Geändert, Belege unberührt"', () => {
  const digest = aDigest({
    notes: groupSourceChanges([
      aSectionChange({ id: 'c-held', url: 'https://getsession.org/terms', claims: [] }),
    ]),
  })

  it('notes a changed document whose quotes all hold, with the profiles citing it, in German', () => {
    const mail = composeDigest({ digest, publicUrl })
    expect(mail.text).toContain(
      [
        'Geändert, Belege unberührt',
        '',
        'Dieses zitierte Dokument hat sich geändert, aber jede Stelle, die die Profile daraus zitieren, steht noch. Nichts wurde wieder geöffnet; zur Kenntnis:',
        '',
        'https://getsession.org/terms',
        '  zitiert in:',
        `  - Session: ${publicUrl}/admin/collections/providers/p-session`,
      ].join('\n'),
    )
    // A note shows no excerpt: nothing the profile quotes changed.
    expect(mail.text).not.toContain('We store IP addresses')
    expect(mail.html).toContain(
      '<h2 style="margin:20px 0 8px 0;font-size:17px">Geändert, Belege unberührt</h2>',
    )
  })

  it('says it in English', () => {
    const mail = composeDigest({ digest, publicUrl, language: 'en' })
    expect(mail.text).toContain(
      'Changed, evidence unaffected\n\nThis cited document changed, but every passage',
    )
    expect(mail.html).toContain('Changed, evidence unaffected</h2>')
  })

  it('has no notes section without notes', () => {
    const mail = composeDigest({ digest: aDigest(), publicUrl })
    expect(mail.text).not.toContain('Belege unberührt')
  })
})

describe('composeDigest: HTML section "Quellen geändert"', () => {
  const evil = aSectionChange({
    url: 'https://vendor.example/p?a=1&b=<x>',
    providerName: '<b>Evil</b>',
    excerpt: '- <script>alert(1)</script>\n+ "quoted" & \'single\'',
  })
  const html = composeDigest({
    digest: aDigest({ providers: [], sources: groupSourceChanges([evil, aSectionChange()]) }),
    publicUrl,
  }).html

  it('has a heading and links the URL and each citing profile', () => {
    expect(html).toMatch(/<h2[^>]*>Quellen geändert<\/h2>/)
    expect(html).toContain('<a href="https://getsession.org/privacy-policy"')
    expect(html).toMatch(
      /zitiert in: <a href="https:\/\/desk\.example\.org\/admin\/collections\/providers\/p-session"[^>]*>Session<\/a>/,
    )
  })

  it('shows the excerpt escaped in a <pre>', () => {
    expect(html).toMatch(
      /<pre[^>]*>- &lt;script&gt;alert\(1\)&lt;\/script&gt;\n\+ &quot;quoted&quot; &amp; &#39;single&#39;<\/pre>/,
    )
  })

  it('escapes URL and names and leaves no raw markup from the data', () => {
    expect(html).toContain('https://vendor.example/p?a=1&amp;b=&lt;x&gt;')
    expect(html).toContain('&lt;b&gt;Evil&lt;/b&gt;')
    expect([html.includes('<script>'), html.includes('<b>Evil'), html.includes('<x>')]).toEqual([
      false,
      false,
      false,
    ])
  })

  it('does not link a URL that is not http(s)', () => {
    const digest = aDigest({
      sources: groupSourceChanges([aSectionChange({ url: 'javascript:alert(1)' })]),
    })
    const section = composeDigest({ digest, publicUrl }).html
    expect([
      section.includes('href="javascript:'),
      section.includes('javascript:alert(1)'),
    ]).toEqual([false, true])
  })

  it('is in English for an English recipient, title included', () => {
    const english = composeDigest({
      digest: aDigest({
        language: 'en',
        providers: [],
        sources: groupSourceChanges([aSectionChange()]),
      }),
      publicUrl,
    }).html
    expect(english).toMatch(/<h2[^>]*>Sources changed<\/h2>/)
    expect(english).toContain('<title>provider-desk: 1 source changed</title>')
    expect(english).toContain('cited in: <a')
  })

  it('still loads nothing from outside', () => {
    expect([/<(img|link|script|style)\b/i.test(html), /\bsrc=/i.test(html)]).toEqual([false, false])
  })
})
