import { describe, expect, it } from 'vitest'

import { judgeSource } from '../../../src/sources/judge'
import {
  documentWithoutPage,
  lookalike,
  malformed,
  outcomeOf,
  primary,
  rejected,
  session,
  vendorFaq,
} from './judgeOutcome'
import { namedCases } from './namedCases'
import { readFinding } from '../../../src/findings/finding'

describe('judgeSource', () => {
  it.each(
    namedCases([
      { behaviour: 'accepts the vendor website', url: 'https://getsession.org', expected: primary },
      {
        behaviour: 'accepts a www page of the vendor',
        url: 'https://www.getsession.org/faq',
        expected: primary,
      },
      {
        behaviour: 'accepts a subdomain of a vendor domain',
        url: 'https://docs.getsession.org/x',
        expected: primary,
      },
      {
        behaviour: 'accepts a host in upper case',
        url: 'https://GETSESSION.ORG/faq',
        expected: primary,
      },
      {
        behaviour: 'accepts a host with a trailing dot',
        url: 'https://getsession.org./faq',
        expected: primary,
      },
      {
        behaviour: 'accepts a second vendor domain from the transparency field',
        url: 'https://session.foundation/',
        expected: primary,
      },
      {
        behaviour: 'accepts a repo under the vendor org',
        url: 'https://github.com/session-foundation/session-android',
        expected: primary,
      },
      {
        behaviour: 'accepts the vendor org page itself',
        url: 'https://github.com/session-foundation',
        expected: primary,
      },
      {
        behaviour: 'accepts the vendor org in another letter case',
        url: 'https://github.com/Session-Foundation/session-ios',
        expected: primary,
      },
      {
        behaviour: 'rejects a vendor domain used as a subdomain of a foreign host',
        url: 'https://getsession.org.evil.com/faq',
        expected: rejected,
      },
      {
        behaviour: 'rejects a host that only ends in the vendor domain name',
        url: 'https://evil-getsession.org/',
        expected: rejected,
      },
      {
        behaviour: 'rejects a host that glues a word to the vendor domain',
        url: 'https://notgetsession.org/',
        expected: rejected,
      },
      {
        behaviour: 'rejects a vendor name inside a foreign host',
        url: 'https://getsession.evil.com/',
        expected: rejected,
      },
      {
        behaviour: 'rejects a vendor domain in the path of a foreign host',
        url: 'https://evil.com/getsession.org/faq',
        expected: rejected,
      },
      {
        behaviour: 'rejects a vendor domain in the user-info part',
        url: 'https://getsession.org@evil.com/faq',
        expected: rejected,
      },
      {
        behaviour: 'rejects an org that only starts with the vendor org',
        url: 'https://github.com/session-foundation-evil/session-desktop',
        expected: rejected,
      },
      {
        behaviour: 'rejects another org on the same code host',
        url: 'https://github.com/signalapp/Signal-Desktop',
        expected: rejected,
      },
      {
        behaviour: 'rejects the vendor org name deeper in another org path',
        url: 'https://github.com/evil/session-foundation',
        expected: rejected,
      },
      {
        behaviour: 'rejects a path that climbs out of the vendor org',
        url: 'https://github.com/session-foundation/../evil/x',
        expected: rejected,
      },
      { behaviour: 'rejects the bare code host', url: 'https://github.com/', expected: rejected },
      {
        behaviour: 'rejects the vendor org on another host of the code platform',
        url: 'https://gist.github.com/session-foundation',
        expected: rejected,
      },
      {
        behaviour: 'rejects a wiki',
        url: 'https://en.wikipedia.org/wiki/Session_(software)',
        expected: rejected,
      },
      {
        behaviour: 'rejects a news site',
        url: 'https://www.heise.de/news/session-123.html',
        expected: rejected,
      },
      {
        behaviour: 'rejects a forum',
        url: 'https://www.reddit.com/r/Session/comments/abc',
        expected: rejected,
      },
      { behaviour: 'rejects an IP address', url: 'https://203.0.113.7/faq', expected: rejected },
      {
        behaviour: 'rejects a foreign IDN host that imitates no vendor',
        url: 'https://münchen.de/session',
        expected: rejected,
      },
    ]),
  )('%s', (_behaviour, { url, expected }) => {
    expect(outcomeOf({ url })).toEqual(expected)
  })

  it.each([
    ['legit-grade.example', 'https://legit-grade.example/reviews/session'],
    ['european-alternatives.eu', 'https://european-alternatives.eu/product/session'],
    ['fieldwork.news', 'https://fieldwork.news/tools/session'],
  ])('rejects the review site %s as a source', (host, url) => {
    const judgement = judgeSource({ url, vendors: session })
    expect(judgement).toMatchObject({ verdict: 'rejected', url, host })
    expect(judgement.findings.map((finding) => readFinding(finding, 'en'))).toMatchObject([
      {
        code: 'source.rejected',
        severity: 'error',
        field: 'url',
        value: url,
        message: `${host} is not a vendor domain of this provider (vendor domains: getsession.org, session.foundation, github.com/session-foundation). Cite the vendor's own page instead, add the host to the provider's vendor domains if the vendor really owns it, or set "linked from" to the vendor page that links this document.`,
      },
    ])
  })

  it('rejects a review site even when an editor links it from another review site', () => {
    const judgement = judgeSource({
      url: 'https://legit-grade.example/reviews/session',
      linkedFrom: 'https://fieldwork.news/tools/session',
      vendors: session,
    })
    expect(judgement.findings).toMatchObject([
      {
        code: 'source.linked-without-vendor-page',
        field: 'linkedFrom',
        value: 'https://fieldwork.news/tools/session',
      },
    ])
    expect(readFinding(judgement.findings[0]!, 'en').message).toContain(
      'getsession.org, session.foundation, github.com/session-foundation',
    )
  })

  it.each(
    namedCases([
      { behaviour: 'flags a Cyrillic е in the vendor domain', url: 'https://getsеssion.org/faq' },
      {
        behaviour: 'flags the punycode form of that lookalike',
        url: 'https://xn--getsssion-j0h.org/faq',
      },
      { behaviour: 'flags a Greek ο in the vendor domain', url: 'https://getsessiοn.org/' },
      {
        behaviour: 'flags an accented letter in the vendor domain',
        url: 'https://getsessiön.org/',
      },
      {
        behaviour: 'flags a lookalike code host under the vendor org',
        url: 'https://githսb.com/session-foundation/x',
      },
      {
        behaviour: 'flags a mixed-script label on an unrelated host',
        url: 'https://gеtsession.org.evil.com/',
      },
    ]),
  )('%s', (_behaviour, { url }) => {
    expect(outcomeOf({ url })).toEqual(lookalike)
  })

  it('names the imitated vendor domain and the decoded host in a lookalike message', () => {
    const [finding] = judgeSource({
      url: 'https://xn--getsssion-j0h.org/faq',
      vendors: session,
    }).findings
    expect(readFinding(finding!, 'en').message).toContain(
      'xn--getsssion-j0h.org (shown as getsеssion.org) imitates the vendor domain getsession.org',
    )
  })

  it('flags a whole-script Cyrillic lookalike of a vendor domain', () => {
    expect(
      outcomeOf({ url: 'https://аррӏе.com/privacy', provider: { website: 'https://apple.com' } }),
    ).toEqual(lookalike)
  })

  it.each(
    namedCases([
      {
        behaviour: 'accepts a vendor IDN domain in punycode',
        url: 'https://xn--bcher-kva.example/agb',
      },
      { behaviour: 'accepts a vendor IDN domain in Unicode', url: 'https://bücher.example/agb' },
    ]),
  )('%s', (_behaviour, { url }) => {
    expect(outcomeOf({ url, provider: { website: 'https://bücher.example' } })).toEqual(primary)
  })

  it('accepts http on a vendor host with an insecure-http warning', () => {
    const judgement = judgeSource({ url: 'http://getsession.org/faq', vendors: session })
    expect(judgement.verdict).toBe('primary')
    expect(judgement.findings).toMatchObject([
      {
        code: 'source.insecure-http',
        severity: 'warning',
        field: 'url',
        value: 'http://getsession.org/faq',
      },
    ])
  })

  it.each(
    namedCases([
      { behaviour: 'calls a URL without a scheme malformed', url: 'getsession.org/faq' },
      { behaviour: 'calls an ftp URL malformed', url: 'ftp://getsession.org/faq' },
      { behaviour: 'calls a mailto link malformed', url: 'mailto:support@getsession.org' },
      { behaviour: 'calls a scheme without a host malformed', url: 'https://' },
    ]),
  )('%s', (_behaviour, { url }) => {
    expect(outcomeOf({ url })).toEqual(malformed)
  })

  it('calls an empty source with a placeholder line malformed', () => {
    expect(
      judgeSource({ url: '', raw: 'Nicht angegeben', vendors: session }).findings,
    ).toMatchObject([{ code: 'source.malformed', field: 'sources', value: 'Nicht angegeben' }])
  })

  it.each(
    namedCases([
      {
        behaviour: 'rejects a third-party page without "linked from"',
        url: 'https://oxen.io/blog/session',
        linkedFrom: undefined,
        expected: rejected,
      },
      {
        behaviour: 'asks for "linked from" on a third-party PDF',
        url: 'https://quarkslab.com/r/Session-Report.pdf',
        linkedFrom: undefined,
        expected: documentWithoutPage,
      },
      {
        behaviour: 'accepts a third-party page linked from a vendor page',
        url: 'https://oxen.io/blog/session',
        linkedFrom: vendorFaq,
        expected: { verdict: 'linked', codes: [] },
      },
      {
        behaviour: 'refuses "linked from" that is not a vendor page',
        url: 'https://quarkslab.com/r/Session-Report.pdf',
        linkedFrom: 'https://quarkslab.com/',
        expected: documentWithoutPage,
      },
      {
        behaviour: 'refuses "linked from" that is not a URL',
        url: 'https://quarkslab.com/r/Session-Report.pdf',
        linkedFrom: 'die FAQ',
        expected: documentWithoutPage,
      },
      {
        behaviour: 'refuses "linked from" on a lookalike host',
        url: 'https://quarkslab.com/r/Session-Report.pdf',
        linkedFrom: 'https://getsеssion.org/faq',
        expected: documentWithoutPage,
      },
      {
        behaviour: 'warns about an http "linked from" vendor page',
        url: 'https://quarkslab.com/r/Session-Report.pdf',
        linkedFrom: 'http://getsession.org/faq',
        expected: { verdict: 'linked', codes: ['source.insecure-http'] },
      },
      {
        behaviour: 'keeps a lookalike an error even with "linked from"',
        url: 'https://getsеssion.org/report.pdf',
        linkedFrom: vendorFaq,
        expected: lookalike,
      },
      {
        behaviour: 'ignores "linked from" on a vendor page',
        url: 'https://getsession.org/faq',
        linkedFrom: 'https://fieldwork.news/',
        expected: primary,
      },
    ]),
  )('%s', (_behaviour, { url, linkedFrom, expected }) => {
    expect(outcomeOf({ url, linkedFrom })).toEqual(expected)
  })

  it('tells how to fix a third-party PDF without "linked from"', () => {
    const [finding] = judgeSource({
      url: 'https://quarkslab.com/r/Session-Report.pdf',
      vendors: session,
    }).findings
    expect(readFinding(finding!, 'en').message).toContain(
      'quarkslab.com is not a vendor domain of this provider (vendor domains: getsession.org',
    )
    expect(readFinding(finding!, 'en').message).toContain(
      'Set "linked from" to the vendor page that links this document',
    )
  })

  it('says a provider without vendor domains has none yet', () => {
    const [finding] = judgeSource({
      url: 'https://fieldwork.news/tools/session',
      vendors: [],
    }).findings
    expect(readFinding(finding!, 'en').message).toContain('(vendor domains: none yet)')
  })
})
