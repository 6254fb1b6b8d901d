import { describe, expect, it } from 'vitest'

import { linksInMarkdown } from '../../../src/markdown/linksInMarkdown'

const hrefsIn = (markdown: string): string[] =>
  linksInMarkdown(markdown).links.map((link) => link.href)

const activeIn = (markdown: string) =>
  linksInMarkdown(markdown).activeHtml.map(({ element, attribute }) => ({ element, attribute }))

describe('linksInMarkdown: the addresses a markdown text links on the site', () => {
  it.each([
    ['an inline link', '[a](https://x.example/a)', ['https://x.example/a']],
    [
      'a link with an entity in its destination, decoded',
      '[a](https:&#47;&#47;x.example/d)',
      ['https://x.example/d'],
    ],
    [
      'a link with backslash escapes, decoded',
      '[a](https:\\/\\/x.example/d)',
      ['https://x.example/d'],
    ],
    ['a destination in angle brackets', '[a](<https://x.example/a b>)', ['https://x.example/a b']],
    ['an http autolink literal', 'siehe https://x.example/a.', ['https://x.example/a']],
    ['a www autolink literal, as http', 'siehe www.x.example', ['http://www.x.example']],
    ['an e-mail autolink literal, as mailto', 'an a@x.example', ['mailto:a@x.example']],
    ['an angle autolink', '<https://x.example/a>', ['https://x.example/a']],
    ['an image', '![Logo](//x.example/logo.png)', ['//x.example/logo.png']],
    [
      'a reference definition, used or not',
      '[ref]: https://x.example/r\n\n[Text][ref]',
      ['https://x.example/r'],
    ],
    [
      'an inline HTML link, its entities decoded',
      'a <a href="&#104;ttps://x.example/h">b</a>',
      ['https://x.example/h'],
    ],
    [
      'a link inside a details summary',
      '<details>\n<summary><a href="javascript:alert(1)">s</a></summary>\n\n- a\n\n</details>',
      ['javascript:alert(1)'],
    ],
    [
      'a link in a table cell',
      '| a | [b](http:/x.example) |\n|---|---|\n| c | d |',
      ['http:/x.example'],
    ],
    [
      'every address of a srcset',
      '<img srcset="a.png 1x, https://x.example/b.png 2x">',
      ['a.png', 'https://x.example/b.png'],
    ],
    ['a form action', '<form action="https://x.example/post"></form>', ['https://x.example/post']],
    [
      'an autolink literal behind a backslash escape (GFM reads the decoded text)',
      'https\\://x.example',
      ['https://x.example'],
    ],
    [
      'nothing in escaped markup and autolinks split by an empty comment',
      '\\[a\\](https:<!---->//x.example) \\<a href="https:<!---->//x.example"> www<!---->.x.example a<!---->@x.example',
      [],
    ],
  ])('finds %s', (_name, markdown, expected) => {
    expect(hrefsIn(markdown)).toEqual(expected)
  })

  it.each([
    [
      'a script element',
      '<script>alert(1)</script>',
      [{ element: 'script', attribute: undefined }],
    ],
    [
      'an event handler attribute',
      'a <img src="x" onerror="alert(1)">',
      [{ element: 'img', attribute: 'onerror' }],
    ],
    [
      'an iframe',
      '<iframe src="https://x.example"></iframe>',
      [{ element: 'iframe', attribute: undefined }],
    ],
    [
      'a base element, which would move every relative link',
      '<base href="https://x.example/">',
      [{ element: 'base', attribute: undefined }],
    ],
    [
      'SVG, whose animations can set a link',
      '<svg><a><animate attributeName="href" to="javascript:alert(1)"/></a></svg>',
      [{ element: 'svg', attribute: undefined }],
    ],
    [
      'a style that loads a page',
      '<span style="background:url(https://x.example/t.gif)">a</span>',
      [{ element: 'span', attribute: 'style' }],
    ],
    [
      'nothing in a details block',
      '<details>\n<summary>Profil B</summary>\n\n- a\n\n</details>',
      [],
    ],
  ])('flags %s as active HTML', (_name, markdown, expected) => {
    expect(activeIn(markdown)).toEqual(expected)
  })

  it('says where each address stands in the markdown', () => {
    const markdown = 'Text [a](https://x.example/a) mehr'
    const [link] = linksInMarkdown(markdown).links
    expect(markdown.slice(link!.start, link!.end)).toBe('[a](https://x.example/a)')
  })
})
