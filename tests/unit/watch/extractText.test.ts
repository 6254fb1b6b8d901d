import { describe, expect, it } from 'vitest'

import {
  extractText,
  normalizeText,
  selectorProblems,
  textHash,
} from '../../../src/watch/extractText'
import type { Extraction, Selectors } from '../../../src/watch/extractText'
import { tinyPdf } from '../../helpers/tinyPdf'
import { inEnglish } from '../../helpers/inEnglish'
import { render } from '../../../src/i18n/messages'
import { faqLines, vendorFaqHtml } from '../../helpers/vendorPage'
import type { VendorPageOptions } from '../../helpers/vendorPage'

const html = (markup: string, selectors?: Selectors) =>
  extractText({ body: Buffer.from(markup), contentType: 'text/html', selectors })

const textOf = (extraction: Extraction) =>
  extraction.outcome === 'ok' ? extraction.text : `failed: ${render('en', extraction.message)}`

const faqHash = async (options: VendorPageOptions, selectors?: Selectors) => {
  const extraction = await html(vendorFaqHtml(options), selectors)
  return extraction.outcome === 'ok' ? extraction.textHash : render('en', extraction.message)
}

const boilerplate = { remove: ['.last-updated'] }

describe('extractText of HTML', () => {
  it('keeps the main text, a line per block, without scripts, styles and navigation', async () => {
    const extraction = await html(vendorFaqHtml())
    expect(textOf(extraction)).toBe([...faqLines, 'Updated: Neu: Session 1.20'].join('\n'))
  })

  it.each([
    {
      name: 'script, style, noscript, template and svg',
      markup:
        '<body><p>Text</p><script>x()</script><style>p{}</style><noscript>no</noscript><template>t</template><svg><text>s</text></svg></body>',
      text: 'Text',
    },
    {
      name: 'inline markup within a line',
      markup: '<p>Session <b>does not</b> log <a href="#">IP</a> addresses.</p>',
      text: 'Session does not log IP addresses.',
    },
    {
      name: 'whitespace runs and non-breaking spaces',
      markup: '<p>  Session\n\n   uses&nbsp;&nbsp;onion\trouting </p>',
      text: 'Session uses onion routing',
    },
    {
      name: 'soft hyphens and zero-width spaces',
      markup: '<p>Daten&shy;schutz&#8203;erklärung</p>',
      text: 'Datenschutzerklärung',
    },
    {
      name: 'the main element over the rest of the body',
      markup: '<body><header>Menu</header><main><p>Kept</p></main><footer>Footer</footer></body>',
      text: 'Kept',
    },
    {
      name: 'role=main over the rest of the body',
      markup: '<body><div>Menu</div><div role="main"><p>Kept</p></div></body>',
      text: 'Kept',
    },
    {
      name: 'articles when there is no main',
      markup:
        '<body><div>Menu</div><article><p>One</p></article><article><p>Two</p></article></body>',
      text: 'One\nTwo',
    },
    {
      name: 'the body when there is no main or article',
      markup: '<body><div>One</div><div>Two</div></body>',
      text: 'One\nTwo',
    },
  ])('handles $name', async ({ markup, text }) => {
    expect(textOf(await html(markup))).toBe(text)
  })

  it('decodes the page in the charset the server names', async () => {
    const body = Buffer.from('<p>Datenschutzerkl\u00e4rung</p>', 'latin1')
    const extraction = await extractText({ body, contentType: 'text/html', charset: 'iso-8859-1' })
    expect(textOf(extraction)).toBe('Datenschutzerklärung')
  })

  it('gives restyled markup the same hash as the original', async () => {
    expect(await faqHash({ isRestyled: true })).toBe(await faqHash({}))
  })

  it('gives a substantive change a different hash', async () => {
    const changed = faqLines.map((line) =>
      line.replace('does not roll its own cryptography', 'rolls its own cryptography'),
    )
    expect(await faqHash({ lines: changed })).not.toBe(await faqHash({}))
  })

  it('counts a changed "last updated" widget until a remove selector drops it', async () => {
    expect(await faqHash({ noise: 'Neu: Session 1.21' })).not.toBe(await faqHash({}))
    expect(await faqHash({ noise: 'Neu: Session 1.21' }, boilerplate)).toBe(
      await faqHash({}, boilerplate),
    )
  })

  it('keeps only what the select selectors match, outermost first, in document order', async () => {
    const markup =
      '<main><h2>Intro</h2><section class="q"><p>One</p><div class="q">Inner</div></section><p>Skip</p><section class="q">Two</section></main>'
    expect(textOf(await html(markup, { select: ['.q'] }))).toBe('One\nInner\nTwo')
  })

  it('applies remove before select', async () => {
    const markup = '<main><section><p>Kept</p><p class="ad">Ad</p></section></main>'
    expect(textOf(await html(markup, { select: ['section'], remove: ['.ad'] }))).toBe('Kept')
  })

  it('reports select selectors that match nothing', async () => {
    expect(await html('<main><p>Text</p></main>', { select: ['#gone'] })).toEqual({
      outcome: 'failed',
      code: 'no-text',
      message: inEnglish('the selectors #gone match no text'),
    })
  })

  it('reports a page without text', async () => {
    expect(await html('<html><body><script>x()</script></body></html>')).toMatchObject({
      outcome: 'failed',
      code: 'no-text',
    })
  })
})

describe('extractText of plain text and PDF', () => {
  it('takes plain text as it is, normalized', async () => {
    const body = Buffer.from('  Intro \r\n\r\n Session  is private.\n')
    expect(textOf(await extractText({ body, contentType: 'text/plain' }))).toBe(
      'Intro\nSession is private.',
    )
  })

  it('reads the text of a PDF, a line per text line', async () => {
    const body = tinyPdf(['Datenschutzerklärung (Stand 2026)', 'Wir speichern keine IP-Adressen.'])
    expect(textOf(await extractText({ body, contentType: 'application/pdf' }))).toBe(
      'Datenschutzerklärung (Stand 2026)\nWir speichern keine IP-Adressen.',
    )
  })

  it('reports a PDF that cannot be read', async () => {
    const body = Buffer.from('%PDF-1.4\nnot really a PDF')
    expect(await extractText({ body, contentType: 'application/pdf' })).toMatchObject({
      outcome: 'failed',
      code: 'unreadable',
    })
  })
})

describe('normalizeText and textHash', () => {
  it('does not count how the text is broken into lines', () => {
    expect(textHash(normalizeText('Session is\nprivate.'))).toBe(
      textHash(normalizeText('Session is private.')),
    )
  })

  it('composes Unicode so that both spellings of ä hash alike', () => {
    expect(textHash(normalizeText('Erkla\u0308rung'))).toBe(
      textHash(normalizeText('Erkl\u00e4rung')),
    )
  })
})

describe('selectorProblems', () => {
  it('accepts CSS selectors', () => {
    expect(
      selectorProblems({ select: ['main .faq', '#content > p'], remove: ['[data-cookie]'] }),
    ).toEqual([])
  })

  it('names each selector that is not CSS', () => {
    expect(selectorProblems({ select: ['main ((', 'p'], remove: ['[unclosed'] })).toEqual([
      expect.stringContaining('"main ((" is not a CSS selector'),
      expect.stringContaining('"[unclosed" is not a CSS selector'),
    ])
  })
})
