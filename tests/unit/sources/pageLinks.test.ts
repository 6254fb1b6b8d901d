import { describe, expect, it } from 'vitest'

import type { PageSource } from '../../../src/mapping/providerPage'
import type { SlateNode } from '../../../src/markdown/types'
import { pageLinkFindings } from '../../../src/sources/pageLinks'
import { sessionProviderData } from '../../helpers/sessionProvider'
import { namedCases } from './namedCases'

const review = 'https://reviewsite.com/d'
const script = 'javascript:alert(document.domain)'

const paragraph = (...children: SlateNode[]) => [{ children }]
const link = (url: string, text = 'hier', bare = false): SlateNode => ({
  type: 'link',
  url,
  ...(bare ? { bare: true } : {}),
  children: [{ text }],
})

/** The Session profile with `fields` on top, as a revision the page is printed from. */
const revision = (fields: Record<string, unknown>): PageSource =>
  ({ ...sessionProviderData(), ...fields }) as PageSource

const outcomeOf = (fields: Record<string, unknown>) =>
  pageLinkFindings(revision(fields)).map(({ code, field, value }) => ({ code, field, value }))

const rejected = (field: string, value = review) => ({ code: 'source.rejected', field, value })
const unsafe = (field: string, value = script) => ({ code: 'text.unsafe-link', field, value })

describe('pageLinkFindings: every address the printed page links, judged where the browser goes', () => {
  it.each(
    namedCases([
      {
        behaviour: 'judges a rich-text link written with entities',
        fields: { openPoints: paragraph(link('https:&#47;&#47;reviewsite.com/d')) },
        expected: [rejected('openPoints')],
      },
      {
        behaviour: 'judges a rich-text link written with one slash',
        fields: { setup: paragraph(link('http:/reviewsite.com/d')) },
        expected: [rejected('setup', 'http://reviewsite.com/d')],
      },
      {
        behaviour: 'judges a scheme-relative rich-text link',
        fields: { telemetry: paragraph(link('//reviewsite.com/d')) },
        expected: [rejected('telemetry')],
      },
      {
        behaviour: 'judges a rich-text link with backslash escapes',
        fields: { fitFor: paragraph(link('https:\\/\\/reviewsite.com/d')) },
        expected: [rejected('fitFor')],
      },
      {
        behaviour: 'judges the host of a vendor address that hides a user-info part',
        fields: { quickActions: paragraph(link('https://getsession.org\\@reviewsite.com/d')) },
        expected: [rejected('quickActions', 'https://getsession.org@reviewsite.com/d')],
      },
      {
        behaviour: 'judges a link inside an HTML block of a rich text',
        fields: {
          privacyFacts: [
            { type: 'html', html: `<p><a href="${review}">x</a></p>`, children: [{ text: '' }] },
          ],
        },
        expected: [rejected('privacyFacts')],
      },
      {
        behaviour: 'judges a link in a details summary',
        fields: {
          securityPoints: [
            {
              type: 'details',
              summary: '<a href="https:&#47;&#47;reviewsite.com/d">mehr</a>',
              children: [paragraph({ text: 'x' })[0]!],
            },
          ],
        },
        expected: [rejected('securityPoints')],
      },
      {
        behaviour: 'judges markdown links in a feature item, a Datenblatt row and the data notes',
        fields: {
          features: [{ text: '[x](https:&#47;&#47;reviewsite.com/d)' }],
          datasheet: [{ label: 'Audit', value: `[x](${review})` }],
          dataNotesText: `<https://reviewsite.com/d>`,
        },
        expected: [
          rejected('datasheet.0.value'),
          rejected('dataNotesText'),
          rejected('features.0.text'),
        ],
      },
      {
        behaviour: 'judges a reference definition in an alternative',
        fields: { alternatives: [{ text: `Signal\n\n[ref]: ${review}` }] },
        expected: [rejected('alternatives.0.text')],
      },
      {
        behaviour: 'judges an image as an address the page loads',
        fields: { features: [{ text: '![Logo](//reviewsite.com/d)' }] },
        expected: [rejected('features.0.text')],
      },
      {
        behaviour: 'prints a citation title that spells a link as text, so it links nothing',
        fields: {
          citations: [{ url: 'https://getsession.org/faq', title: `FAQ](${review}) [mehr` }],
        },
        expected: [],
      },
      {
        behaviour: 'refuses javascript: in a rich-text link',
        fields: { openPoints: paragraph(link(script)) },
        expected: [unsafe('openPoints')],
      },
      {
        behaviour: 'refuses javascript: written with an entity for the colon',
        fields: { openPoints: paragraph(link('javascript&colon;alert(document.domain)')) },
        expected: [unsafe('openPoints')],
      },
      {
        behaviour: 'refuses javascript: as a citation URL, on the URL',
        fields: { citations: [{ url: script, title: 'FAQ' }] },
        expected: [unsafe('citations.0.url')],
      },
      {
        behaviour: 'refuses javascript: as an audit report, on the report',
        fields: { audits: [{ title: 'Audit', reportUrl: script }] },
        expected: [unsafe('audits.0.reportUrl')],
      },
      {
        behaviour: 'refuses data: in a feature item',
        fields: { features: [{ text: '[x](data:text/html,hallo)' }] },
        expected: [unsafe('features.0.text', 'data:text/html,hallo')],
      },
      {
        behaviour: 'refuses a script element in a rich text',
        fields: {
          openPoints: [
            { type: 'html', html: '<script>alert(1)</script>', children: [{ text: '' }] },
          ],
        },
        expected: [{ code: 'text.unsafe-html', field: 'openPoints', value: '<script>' }],
      },
      {
        behaviour: 'refuses an event handler in a Datenblatt row',
        fields: { datasheet: [{ label: 'Logo', value: '<img src="x.png" onerror="alert(1)">' }] },
        expected: [
          { code: 'text.unsafe-html', field: 'datasheet.0.value', value: '<img onerror=…>' },
        ],
      },
      {
        behaviour: 'warns about a vendor page linked over http',
        fields: { setup: paragraph(link('http://getsession.org/faq')) },
        expected: [
          { code: 'source.insecure-http', field: 'setup', value: 'http://getsession.org/faq' },
        ],
      },
      {
        behaviour: 'accepts vendor pages, mailto, anchors and the site’s own pages',
        fields: {
          openPoints: paragraph(
            link('https://getsession.org/faq'),
            link('mailto:support@getsession.org'),
            link('#datenblatt'),
            link('/anbieter/signal/'),
            link('https://github.com/session-foundation/session-desktop', 'x', true),
          ),
        },
        expected: [],
      },
      {
        behaviour: 'leaves a linked third-party report to its entry’s verdict',
        fields: {
          citations: [
            {
              url: 'https://quarkslab.com/a.pdf',
              title: 'Audit',
              linkedFrom: 'https://getsession.org/faq',
            },
          ],
        },
        expected: [],
      },
      {
        behaviour: 'judges a bare link’s text no more once it is printed safely',
        fields: {
          setup: paragraph(
            link('https://getsession.org', `[x](${review}) <a href="${review}">`, true),
          ),
        },
        expected: [],
      },
    ]),
  )('%s', (_behaviour, { fields, expected }) => {
    expect(outcomeOf(fields)).toEqual(expect.arrayContaining(expected))
    expect(outcomeOf(fields)).toHaveLength(expected.length)
  })

  it('names the field of each of two identical links', () => {
    const twice = paragraph(link(review))
    expect(outcomeOf({ setup: twice, openPoints: twice }).map((finding) => finding.field)).toEqual([
      'setup',
      'openPoints',
    ])
  })
})
