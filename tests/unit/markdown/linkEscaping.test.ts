import { describe, expect, it } from 'vitest'

import { linksInMarkdown } from '../../../src/markdown/linksInMarkdown'
import { printMarkdown } from '../../../src/markdown/printMarkdown'
import { slateFromMarkdown } from '../../../src/markdown/slateFromMarkdown'
import type { RichText, SlateNode } from '../../../src/markdown/types'

const paragraph = (...children: SlateNode[]): RichText => [{ children }]
const link = (url: string, text: string, bare = false): SlateNode => ({
  type: 'link',
  url,
  ...(bare ? { bare: true } : {}),
  children: [{ text }],
})

const review = 'https://reviewsite.com/d'

/** What the printed markdown makes on the site: its addresses and any active HTML. */
const madeBy = (blocks: RichText) => {
  const { links, activeHtml } = linksInMarkdown(printMarkdown(blocks))
  return { hrefs: links.map((found) => found.href), activeHtml: activeHtml.length }
}

describe('the printer keeps text that is no link element from becoming a link', () => {
  it.each([
    [
      'a bare link whose text is raw markdown and HTML',
      paragraph(
        link(
          'https://getsession.org',
          `[x](https:&#47;&#47;reviewsite.com/d) <a href="${review}">`,
          true,
        ),
      ),
      ['https://getsession.org'],
    ],
    [
      'a bare link whose text links another host',
      paragraph(link('https://getsession.org', 'https://getsession.org.reviewsite.com/', true)),
      ['https://getsession.org'],
    ],
    [
      'a bare link the next text would extend onto another host',
      paragraph(link('https://getsession.org', 'https://getsession.org', true), {
        text: '.reviewsite.com/d weiter',
      }),
      ['https://getsession.org'],
    ],
    [
      'two text leaves that together spell a link',
      paragraph({ text: '[klick]' }, { text: '(javascript:alert(document.domain))' }),
      [],
    ],
    ['an address written as text', paragraph({ text: `Mehr unter ${review} dazu.` }), []],
    [
      'a www address and an e-mail address as text',
      paragraph({ text: 'www.reviewsite.com, a@reviewsite.com' }),
      [],
    ],
    ['a reference definition as text', paragraph({ text: `[ref]: ${review}` }), []],
    ['an HTML link as text', paragraph({ text: `<a href="${review}">x</a>` }), []],
    [
      'a link in a heading next to a text address',
      [
        {
          type: 'h3',
          children: [link('https://getsession.org/faq', 'FAQ'), { text: ` ${review}` }],
        },
      ],
      ['https://getsession.org/faq'],
    ],
    [
      'a text address in a table cell',
      [
        {
          type: 'table',
          children: [
            { type: 'tr', children: [{ type: 'th', children: [{ text: 'a' }] }] },
            { type: 'tr', children: [{ type: 'td', children: [{ text: review }] }] },
          ],
        },
      ],
      [],
    ],
    [
      'a link element with an entity in its address (it stays a link; the rule judges it decoded)',
      paragraph(link('https:&#47;&#47;reviewsite.com/d', 'x')),
      [review],
    ],
  ])('%s', (_name, blocks, hrefs) => {
    expect(madeBy(blocks)).toEqual({ hrefs, activeHtml: 0 })
  })

  it('shows a text address as text: only an empty comment splits it', () => {
    expect(printMarkdown(paragraph({ text: `Mehr unter ${review}` }))).toBe(
      'Mehr unter https:<!---->//reviewsite.com/d',
    )
  })

  it('prints a bare link whose text is markup as a link with that text escaped', () => {
    expect(printMarkdown(paragraph(link('https://getsession.org', '[x](y)', true)))).toBe(
      '[\\[x\\](y)](https://getsession.org)',
    )
  })

  it.each([
    'Mehr unter https://example.org/faq dazu, auch www.example.org und a@example.org.',
    'Kontakt: **[email protected]**, siehe [FAQ](https://example.org/faq?a=1&b=2).',
    '(siehe https://example.org/a_(b)) und https://example.org/x.',
  ])('leaves what the site wrote as it is: %s', (markdown) => {
    expect(printMarkdown(slateFromMarkdown(markdown))).toBe(markdown)
  })
})
