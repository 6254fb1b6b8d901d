import { describe, expect, it } from 'vitest'

import { sharedHosts } from '../../../src/sources/sharedHosts'
import { describeVendorEntry, vendorDomainsOf } from '../../../src/sources/vendors'
import { outcomeOf, primary, rejected } from './judgeOutcome'
import { namedCases } from './namedCases'

/** A vendor that is no platform, citing a page on one. */
const otherVendor = { website: 'https://vendor.example', privacy: 'https://vendor.example/privacy' }

/** A page of the platform that names no tenant the other vendor owns. */
const pageOn = (host: string): string => `https://${host}/legal/privacy`

describe('a shared platform profiled from its own pages', () => {
  it.each(
    namedCases([
      {
        behaviour: 'accepts X’s own privacy page for the profile of X',
        provider: { website: 'https://x.com' },
        url: 'https://x.com/en/privacy',
        expected: primary,
      },
      {
        behaviour: 'accepts Threads’ own terms for the profile of Threads (www website)',
        provider: { website: 'https://www.threads.net/' },
        url: 'https://www.threads.net/legal/terms',
        expected: primary,
      },
      {
        behaviour: 'accepts Reddit’s own policy for the profile of Reddit',
        provider: { website: 'https://www.reddit.com' },
        url: 'https://www.reddit.com/policies/privacy-policy',
        expected: primary,
      },
      {
        behaviour: 'accepts a page on a platform subdomain that is no tenant (docs.github.com)',
        provider: { website: 'https://github.com' },
        url: 'https://docs.github.com/en/site-policy/privacy-policies',
        expected: primary,
      },
      {
        behaviour: 'rejects a tenant’s help centre for the profile of the help-desk platform',
        provider: { website: 'https://www.zendesk.com' },
        url: 'https://sessionapp.zendesk.com/hc/en-us/articles/1',
        expected: rejected,
      },
      {
        behaviour: 'rejects another platform for the profile of a platform',
        provider: { website: 'https://x.com' },
        url: 'https://www.reddit.com/policies/privacy-policy',
        expected: rejected,
      },
      {
        behaviour: 'rejects X’s pages for a profile whose website is one account on X',
        provider: { website: 'https://x.com/vendor' },
        url: 'https://x.com/en/privacy',
        expected: rejected,
      },
      {
        behaviour: 'rejects X’s pages for a profile whose website is a page on X',
        provider: { website: 'https://x.com/en/privacy' },
        url: 'https://x.com/tos',
        expected: rejected,
      },
      {
        behaviour: 'rejects X’s pages when only the privacy field is on X',
        provider: { website: 'https://vendor.example', privacy: 'https://x.com/' },
        url: 'https://x.com/en/privacy',
        expected: rejected,
      },
    ]),
  )('%s', (_behaviour, { provider, url, expected }) => {
    expect(outcomeOf({ url, provider })).toEqual(expected)
  })

  it.each(sharedHosts.map((shared) => [shared.host]))(
    'accepts every page of %s for the profile whose website is its root',
    (host) => {
      expect(outcomeOf({ url: pageOn(host), provider: { website: `https://${host}` } })).toEqual(
        primary,
      )
    },
  )

  it.each(sharedHosts.map((shared) => [shared.host]))(
    'rejects a page of %s for another vendor',
    (host) => {
      expect(outcomeOf({ url: pageOn(host), provider: otherVendor })).toEqual(rejected)
    },
  )

  it.each(
    sharedHosts.filter((shared) => shared.hasTenantSubdomains).map((shared) => [shared.host]),
  )('rejects a tenant subdomain of %s for the platform’s own profile', (host) => {
    expect(
      outcomeOf({ url: `https://tenant.${host}/x`, provider: { website: `https://${host}` } }),
    ).toEqual(rejected)
  })

  it('names the platform as the vendor entry from the website', () => {
    const entries = vendorDomainsOf({ website: 'https://www.github.com/' })
    expect(entries.map((entry) => [entry.kind, describeVendorEntry(entry), entry.from])).toEqual([
      ['platform', 'github.com', 'website'],
    ])
  })
})
