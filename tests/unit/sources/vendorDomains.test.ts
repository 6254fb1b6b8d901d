import { describe, expect, it } from 'vitest'

import { describeVendorEntry, vendorDomainsOf } from '../../../src/sources/vendors'
import { sessionFrontmatter } from './sessionPage'
import { namedCases } from './namedCases'

const describedVendorDomainsOf = (provider: Parameters<typeof vendorDomainsOf>[0]): string[] =>
  vendorDomainsOf(provider).map((entry) => `${entry.kind} ${describeVendorEntry(entry)}`)

describe('vendorDomainsOf', () => {
  it('takes the seed page vendor domains from website, privacy, terms, transparency and repo', () => {
    expect(describedVendorDomainsOf(sessionFrontmatter)).toEqual([
      'domain getsession.org',
      'domain session.foundation',
      'prefix github.com/session-foundation',
    ])
  })

  it('records which field each vendor domain came from', () => {
    expect(vendorDomainsOf(sessionFrontmatter).map((entry) => entry.from)).toEqual([
      'website',
      'transparency',
      'repo',
    ])
  })

  it.each(
    namedCases([
      {
        behaviour: 'widens a website subdomain to its registrable domain',
        provider: { website: 'https://www.example.co.uk/de/' },
        expected: ['domain example.co.uk'],
      },
      {
        behaviour: 'ignores field values that are not URLs',
        provider: { warrant_canary: 'Nicht angegeben', privacy: 'siehe Website' },
        expected: [],
      },
      {
        behaviour: 'ignores URLs that are not http(s)',
        provider: { privacy: 'mailto:privacy@example.org', terms: 'ftp://example.org/terms' },
        expected: [],
      },
      {
        behaviour: 'takes a GitLab repo as host plus group',
        provider: { repo: 'https://gitlab.com/example-org/app' },
        expected: ['prefix gitlab.com/example-org'],
      },
      {
        behaviour: 'takes a Codeberg repo as host plus org',
        provider: { repo: 'https://codeberg.org/Example/app.git' },
        expected: ['prefix codeberg.org/example'],
      },
      {
        behaviour: 'takes a self-hosted forge repo as host plus first path segment',
        provider: { repo: 'https://git.example.org/team/app' },
        expected: ['prefix git.example.org/team'],
      },
      {
        behaviour: 'takes a repo URL without a path as its whole domain',
        provider: { repo: 'https://code.example.org' },
        expected: ['domain example.org'],
      },
      {
        behaviour: 'takes nothing from a bare code host as repo',
        provider: { repo: 'https://github.com/' },
        expected: [],
      },
      {
        behaviour: 'takes a website on a code host as host plus org, never the whole host',
        provider: { website: 'https://github.com/example-org/app' },
        expected: ['prefix github.com/example-org'],
      },
      {
        behaviour: 'takes a medium.com website as host plus author',
        provider: { website: 'https://medium.com/@example' },
        expected: ['prefix medium.com/@example'],
      },
      {
        behaviour: 'takes a medium.com tenant subdomain as that exact host',
        provider: { website: 'https://example.medium.com/' },
        expected: ['host example.medium.com'],
      },
      {
        behaviour: 'takes a zendesk help centre as its exact tenant host',
        provider: { privacy: 'https://example.zendesk.com/hc/en-us/articles/1' },
        expected: ['host example.zendesk.com'],
      },
      {
        behaviour: 'takes a github.io site as its own domain (a public suffix below it)',
        provider: { website: 'https://example.github.io/docs' },
        expected: ['domain example.github.io'],
      },
      {
        behaviour: 'takes a blogspot site as its own domain',
        provider: { website: 'https://example.blogspot.com' },
        expected: ['domain example.blogspot.com'],
      },
      {
        behaviour: 'takes nothing from an app store page',
        provider: {
          website: 'https://apps.apple.com/us/app/example/id123',
          terms: 'https://play.google.com/store/apps/details?id=org.example',
        },
        expected: [],
      },
      {
        behaviour: 'takes nothing from a Google Docs privacy policy',
        provider: { privacy: 'https://docs.google.com/document/d/abc/edit' },
        expected: [],
      },
      {
        behaviour: 'takes a YouTube channel as host plus two segments',
        provider: { website: 'https://www.youtube.com/channel/UC123' },
        expected: ['prefix www.youtube.com/channel/uc123'],
      },
      {
        behaviour: 'takes a social profile as host plus name',
        provider: { website: 'https://x.com/example' },
        expected: ['prefix x.com/example'],
      },
      {
        behaviour: 'adds an editable tenant host',
        provider: { vendorDomains: ['sessionapp.zendesk.com'] },
        expected: ['host sessionapp.zendesk.com'],
      },
      {
        behaviour: 'adds an editable host+path prefix',
        provider: { vendorDomains: ['github.com/example-org'] },
        expected: ['prefix github.com/example-org'],
      },
      {
        behaviour: 'adds an editable host with its subdomains, not widened',
        provider: { vendorDomains: ['docs.example.org'] },
        expected: ['domain docs.example.org'],
      },
      {
        behaviour: 'never adds an editable shared platform or public suffix as a whole host',
        provider: {
          vendorDomains: [
            'github.com',
            'zendesk.com',
            'medium.com',
            'apps.apple.com',
            'github.io',
            'blogspot.com',
            'com',
          ],
        },
        expected: [],
      },
      {
        behaviour: 'lists a vendor domain only once',
        provider: {
          website: 'https://example.org',
          privacy: 'https://example.org/privacy',
          vendorDomains: ['www.example.org', 'example.org'],
        },
        expected: ['domain example.org', 'domain www.example.org'],
      },
    ]),
  )('%s', (_behaviour, { provider, expected }) => {
    expect(describedVendorDomainsOf(provider)).toEqual(expected)
  })
})
