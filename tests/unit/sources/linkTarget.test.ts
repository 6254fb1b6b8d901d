import { describe, expect, it } from 'vitest'

import { linkTargetOf } from '../../../src/sources/linkTarget'
import { namedCases } from './namedCases'

describe('linkTargetOf: where a link on the page leads, as the browser resolves it on the site', () => {
  it.each(
    namedCases([
      {
        behaviour: 'takes an https address as it is',
        href: 'https://getsession.org/faq',
        expected: { kind: 'web', url: 'https://getsession.org/faq' },
      },
      {
        behaviour: 'reads http:/host (one slash) as the host',
        href: 'http:/reviewsite.com/d',
        expected: { kind: 'web', url: 'http://reviewsite.com/d' },
      },
      {
        behaviour: 'reads http:host (no slash) as the host, the page being https',
        href: 'http:reviewsite.com/d',
        expected: { kind: 'web', url: 'http://reviewsite.com/d' },
      },
      {
        behaviour: 'reads a scheme-relative //host as https on the host',
        href: '//reviewsite.com/d',
        expected: { kind: 'web', url: 'https://reviewsite.com/d' },
      },
      {
        behaviour: 'reads backslashes as slashes, as browsers do',
        href: '\\\\reviewsite.com\\d',
        expected: { kind: 'web', url: 'https://reviewsite.com/d' },
      },
      {
        behaviour: 'reads the host of an address with user info',
        href: 'https://getsession.org@reviewsite.com/d',
        expected: { kind: 'web', url: 'https://getsession.org@reviewsite.com/d' },
      },
      {
        behaviour: 'drops tabs and newlines inside the address',
        href: 'https://review\tsite.com/d',
        expected: { kind: 'web', url: 'https://reviewsite.com/d' },
      },
      {
        behaviour: 'reads https:/host (one slash, the page’s own scheme) as a page of the site',
        href: 'https:/reviewsite.com/d',
        expected: { kind: 'site' },
      },
      {
        behaviour: 'reads a root-relative path as a page of the site',
        href: '/anbieter/signal/',
        expected: { kind: 'site' },
      },
      {
        behaviour: 'reads an anchor as the page itself',
        href: '#datenblatt',
        expected: { kind: 'in-page' },
      },
      {
        behaviour: 'reads an empty link as the page itself',
        href: '',
        expected: { kind: 'in-page' },
      },
      {
        behaviour: 'takes a mailto address',
        href: 'mailto:privacy@getsession.org',
        expected: { kind: 'mail' },
      },
      {
        behaviour: 'refuses javascript:',
        href: 'javascript:alert(document.domain)',
        expected: { kind: 'refused', scheme: 'javascript:' },
      },
      {
        behaviour: 'refuses javascript: in capitals after spaces',
        href: '  JaVaScRiPt:alert(1)',
        expected: { kind: 'refused', scheme: 'javascript:' },
      },
      {
        behaviour: 'refuses javascript: with a tab inside the scheme',
        href: 'java\tscript:alert(1)',
        expected: { kind: 'refused', scheme: 'javascript:' },
      },
      {
        behaviour: 'refuses data:',
        href: 'data:text/html,<script>alert(1)</script>',
        expected: { kind: 'refused', scheme: 'data:' },
      },
      {
        behaviour: 'refuses vbscript:',
        href: 'vbscript:msgbox(1)',
        expected: { kind: 'refused', scheme: 'vbscript:' },
      },
      {
        behaviour: 'refuses file:',
        href: 'file:///etc/passwd',
        expected: { kind: 'refused', scheme: 'file:' },
      },
      {
        behaviour: 'refuses tel:',
        href: 'tel:+4930123',
        expected: { kind: 'refused', scheme: 'tel:' },
      },
      {
        behaviour: 'calls an address no browser can follow broken',
        href: 'https://exa mple.org',
        expected: { kind: 'broken' },
      },
    ]),
  )('%s', (_behaviour, { href, expected }) => {
    expect(linkTargetOf(href)).toEqual(expected)
  })
})
