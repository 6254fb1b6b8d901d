import { describe, expect, it } from 'vitest'

import { compactDiff, diffText } from '../../../src/watch/diffText'
import { extractText, linksOf } from '../../../src/watch/extractText'
import { faqLines } from '../../helpers/vendorPage'

describe('linksOf', () => {
  const links = (html: string, baseUrl = 'https://getsession.org/blog/audit') =>
    [...linksOf({ body: Buffer.from(html), baseUrl })].sort()

  it('resolves relative links against the page and drops fragments', () => {
    expect(
      links(
        '<a href="/audit.pdf#page=2">PDF</a> <a href="https://other.example/report.pdf">Report</a> <a href="notes">Notes</a>',
      ),
    ).toEqual([
      'https://getsession.org/audit.pdf',
      'https://getsession.org/blog/notes',
      'https://other.example/report.pdf',
    ])
  })

  it('honours <base href> and ignores anchors without href or with an unusable one', () => {
    expect(
      links(
        '<head><base href="https://cdn.getsession.org/docs/"></head><a href="a.pdf">A</a><a>none</a><a href="http://[::1">bad</a>',
      ),
    ).toEqual(['https://cdn.getsession.org/docs/a.pdf'])
  })

  it('decodes the page with its declared charset', () => {
    const latin1 = Buffer.from('<a href="/datenschutz-\xfcbersicht">Ü</a>', 'latin1')
    expect([
      ...linksOf({ body: latin1, charset: 'iso-8859-1', baseUrl: 'https://getsession.org/' }),
    ]).toEqual(['https://getsession.org/datenschutz-%C3%BCbersicht'])
  })

  it("comes with the text of an extraction given the page's address, and only then", async () => {
    const body = Buffer.from('<main><p>Read the <a href="/audit.pdf">audit</a>.</p></main>')
    const contentType = 'text/html'
    const linksBase = 'https://getsession.org/blog/audit'
    expect(await extractText({ body, contentType, linksBase })).toMatchObject({
      text: 'Read the audit.',
      links: ['https://getsession.org/audit.pdf'],
    })
    expect(await extractText({ body, contentType })).not.toHaveProperty('links')
  })
})

describe('compactDiff', () => {
  const before = faqLines.join('\n')
  const after = faqLines.map((line, index) => (index === 10 ? `${line} (neu)` : line)).join('\n')

  it('keeps two lines of context around a change and counts what it leaves out', () => {
    const parts = compactDiff(diffText({ before, after }))
    expect(parts.map((part) => [part.kind, part.lines.length, part.skipped ?? 0])).toEqual([
      ['same', 0, 8],
      ['same', 2, 0],
      ['removed', 1, 0],
      ['added', 1, 0],
      ['same', 2, 0],
      ['same', 0, faqLines.length - 13],
    ])
    expect(parts[3]?.lines).toEqual([`${faqLines[10]} (neu)`])
  })

  it('leaves a short unchanged run whole', () => {
    const parts = compactDiff(diffText({ before: 'a\nb\nc', after: 'a\nB\nc' }))
    expect(parts.every((part) => part.skipped === undefined)).toBe(true)
    expect(parts.flatMap((part) => part.lines)).toEqual(['a', 'b', 'B', 'c'])
  })
})
