import { describe, expect, it } from 'vitest'

import { printMarkdown } from '../../../src/markdown/printMarkdown'
import { slateFromMarkdown } from '../../../src/markdown/slateFromMarkdown'
import { UnsupportedMarkdownError } from '../../../src/markdown/errors'

const roundTrips: [string, string][] = [
  ['a paragraph', 'Ein einfacher Satz.'],
  ['bold and italic', 'Text mit **fett**, *kursiv* und **fett mit *kursiv* darin**.'],
  ['inline code', 'Nutze `wg-quick up` oder ``a`b``.'],
  ['a link', 'Siehe [Privacy Policy](https://example.org/privacy) für Details.'],
  ['a bold link', '**[Fett verlinkt](https://example.org/a)** danach.'],
  ['a bare URL', 'Mehr unter https://example.org/faq dazu.'],
  ['literal brackets that are no link', 'Kontakt: **[email protected]**.'],
  ['a hash inside text', 'Platz #1 und C# sind kein Titel.'],
  ['a bullet list', '- eins\n- zwei\n- drei'],
  [
    'a nested list',
    '- **Wo (Menüpfad):**\n  - Push-Option\n  - App-Lock: **Settings → Privacy**\n- weiter',
  ],
  ['an ordered list with ) markers', '1) erstens\n2) zweitens'],
  [
    'hard breaks with continuation lines at the content column',
    '1) **App-Sperre aktivieren** (Mobile).  \n   **Prüfen:** *Settings → Privacy* aktiv.\n2) Nächster Schritt.',
  ],
  ['a label line directly followed by its list', '**Stolpersteine:**\n- a\n- b'],
  ['a paragraph and a list separated by a blank line', 'Ziel: sicherer Default.\n\n1) eins'],
  ['a heading followed by text', '### Profil A (Standard)\nZiel: x.\n\n- a'],
  ['a table', '| Merkmal | Wert |\n|---|---|\n| Anbieter | Session |\n| Preis | 5 € |'],
  ['an aligned table', '| a | b |\n|:---|---:|\n| 1 | 2 |'],
  [
    'a details block',
    '<details>\n<summary>Profil B (Datensparsam)</summary>\n\n- **Slow Mode** nutzen.\n\n**Abwägung:** mehr Aufwand.\n\n</details>',
  ],
  [
    'two details blocks',
    '<details>\n<summary>B</summary>\n\n- b\n\n</details>\n\n<details>\n<summary>C</summary>\n\n- c\n\n</details>',
  ],
  [
    'escaped markdown characters',
    'Sternchen \\*nicht kursiv\\* und \\_unterstrichen\\_ und \\`code\\`.',
  ],
  ['an escaped line-start hash', '\\# kein Titel'],
  ['escaped HTML', 'Ein \\<script> im Text.'],
  ['intraword underscores', 'Felder warrant_canary und free_tier.'],
]

describe('Slate codec', () => {
  it.each(roundTrips)('round-trips %s from markdown through Slate unchanged', (_, markdown) => {
    expect(printMarkdown(slateFromMarkdown(markdown))).toBe(markdown)
  })

  it('reads a link as a Slate link element', () => {
    expect(slateFromMarkdown('[Titel](https://example.org)')).toEqual([
      { children: [{ type: 'link', url: 'https://example.org', children: [{ text: 'Titel' }] }] },
    ])
  })

  it('reads a hard break as a newline in the text leaf', () => {
    expect(slateFromMarkdown('a  \nb')).toEqual([{ children: [{ text: 'a\nb' }] }])
  })

  it('reads a details block as one element with its summary', () => {
    const [details] = slateFromMarkdown('<details>\n<summary>S</summary>\n\n- x\n\n</details>')
    expect(details).toMatchObject({ type: 'details', summary: 'S', children: [{ type: 'ul' }] })
  })

  it.each([
    ['a fenced code block', '```\ncode\n```'],
    ['a block quote', '> zitiert'],
    ['a loose list', '- a\n\n- b'],
    ['an image', '![Bild](https://example.org/a.png)'],
  ])('refuses %s so the caller keeps the markdown verbatim', (_, markdown) => {
    expect(() => slateFromMarkdown(markdown)).toThrow(UnsupportedMarkdownError)
  })

  it.each([
    ['emphasis markers', [{ text: 'a *b* _c_' }], 'a \\*b\\* \\_c\\_'],
    ['a line-start list marker', [{ text: '- kein Punkt' }], '\\- kein Punkt'],
    ['a line-start ordered marker', [{ text: '1) keine Liste' }], '1\\) keine Liste'],
    ['an HTML tag', [{ text: '<script>x</script>' }], '\\<script>x\\</script>'],
    ['link syntax', [{ text: '[a](b)' }], '\\[a](b)'],
  ])('escapes %s typed by an editor so it stays text', (_, children, expected) => {
    const printed = printMarkdown([{ children }])
    expect(printed).toBe(expected)
    expect(slateFromMarkdown(printed)).toEqual([{ children }])
  })

  it('prints marks from flat Slate leaves as nested delimiters', () => {
    const blocks = [
      {
        children: [
          { text: 'a ', bold: true },
          { text: 'b', bold: true, italic: true },
          { text: ' c' },
        ],
      },
    ]
    expect(printMarkdown(blocks)).toBe('**a *b*** c')
  })
})
