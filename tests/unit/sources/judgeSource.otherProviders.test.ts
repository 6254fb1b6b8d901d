import { describe, expect, it } from 'vitest'

import { outcomeOf, primary, rejected } from './judgeOutcome'
import { namedCases } from './namedCases'

describe('judgeSource for other providers and code hosts', () => {
  const forgejo = { website: 'https://forgejo.org', repo: 'https://codeberg.org/forgejo/forgejo' }
  const inkscape = { website: 'https://inkscape.org', repo: 'https://gitlab.com/inkscape/inkscape' }
  const tails = { website: 'https://tails.net', repo: 'https://gitlab.tails.boum.org/tails/tails' }

  it.each(
    namedCases([
      {
        behaviour: 'accepts a Codeberg repo of the vendor org',
        provider: forgejo,
        url: 'https://codeberg.org/forgejo/docs',
        expected: primary,
      },
      {
        behaviour: 'rejects a Codeberg org that only starts with the vendor org',
        provider: forgejo,
        url: 'https://codeberg.org/forgejo-contrib/x',
        expected: rejected,
      },
      {
        behaviour: 'rejects the vendor repo name under another Codeberg org',
        provider: forgejo,
        url: 'https://codeberg.org/someone/forgejo',
        expected: rejected,
      },
      {
        behaviour: 'rejects the vendor org on another code host',
        provider: forgejo,
        url: 'https://github.com/forgejo/forgejo',
        expected: rejected,
      },
      {
        behaviour: 'accepts a GitLab group page of the vendor',
        provider: inkscape,
        url: 'https://gitlab.com/inkscape/inkscape/-/issues/1',
        expected: primary,
      },
      {
        behaviour: 'rejects another GitLab group',
        provider: inkscape,
        url: 'https://gitlab.com/inkscape-fork/inkscape',
        expected: rejected,
      },
      {
        behaviour: 'accepts a self-hosted GitLab under the vendor group',
        provider: tails,
        url: 'https://gitlab.tails.boum.org/tails/tails/-/blob/master/README',
        expected: primary,
      },
      {
        behaviour: 'rejects another group on a self-hosted GitLab',
        provider: tails,
        url: 'https://gitlab.tails.boum.org/other/x',
        expected: rejected,
      },
      {
        behaviour: 'never takes medium.com as a whole from a vendor author page',
        provider: { website: 'https://medium.com/@vendor' },
        url: 'https://medium.com/@other/post',
        expected: rejected,
      },
      {
        behaviour: 'accepts a post of the vendor author on medium.com',
        provider: { website: 'https://medium.com/@vendor' },
        url: 'https://medium.com/@vendor/post',
        expected: primary,
      },
      {
        behaviour: 'never takes zendesk.com as a whole from a vendor help centre',
        provider: { privacy: 'https://vendor.zendesk.com/hc/1' },
        url: 'https://other.zendesk.com/hc/1',
        expected: rejected,
      },
      {
        behaviour: 'rejects the help platform itself',
        provider: { vendorDomains: ['vendor.zendesk.com'] },
        url: 'https://www.zendesk.com/',
        expected: rejected,
      },
      {
        behaviour: 'accepts only the exact tenant host on a help platform',
        provider: { vendorDomains: ['vendor.zendesk.com'] },
        url: 'https://evil.vendor.zendesk.com/',
        expected: rejected,
      },
      {
        behaviour: 'never takes github.io as a whole from a vendor site there',
        provider: { website: 'https://vendor.github.io' },
        url: 'https://other.github.io/',
        expected: rejected,
      },
      {
        behaviour: 'never takes an app store as a whole from a vendor listing',
        provider: { website: 'https://apps.apple.com/us/app/vendor/id1' },
        url: 'https://apps.apple.com/us/app/other/id2',
        expected: rejected,
      },
      {
        behaviour: 'ignores an editor entry for a whole code host',
        provider: { vendorDomains: ['github.com'] },
        url: 'https://github.com/anyone/anything',
        expected: rejected,
      },
      {
        behaviour: 'matches an editor prefix on whole segments only',
        provider: { vendorDomains: ['example.org/docs'] },
        url: 'https://example.org/docs-evil/x',
        expected: rejected,
      },
      {
        behaviour: 'accepts a page under an editor prefix',
        provider: { vendorDomains: ['example.org/docs'] },
        url: 'https://example.org/docs/privacy',
        expected: primary,
      },
    ]),
  )('%s', (_behaviour, { provider, url, expected }) => {
    expect(outcomeOf({ url, provider })).toEqual(expected)
  })
})
