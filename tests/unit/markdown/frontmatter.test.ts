import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import {
  parseYamlMapping,
  quoteYamlString,
  splitFrontmatter,
  writeYamlEntry,
} from '../../../src/markdown/frontmatter'
import { PageError } from '../../../src/markdown/errors'
import { parsePage } from '../../../src/markdown/page'

const hostileValues: [string, string][] = [
  ['double quotes', 'Kurzprofil von "Session" (Kategorie: "Messenger")'],
  ['a newline', 'Zeile eins\nZeile zwei'],
  ['a document separator', 'vorher\n---\nnachher'],
  ['a hash', '#1 der Liste # kein Kommentar'],
  ['a script tag', '<script>alert("x")</script>'],
  ['template braces', '{{ site.title }} und {% raw %}'],
  ['backslashes', 'C:\\Users\\x \\" \\n \\\\'],
  ['unicode', 'Grüße, „Zitate“, → Pfeil, 😀, ß'],
  ['tabs and carriage returns', 'a\tb\rc'],
  ['control characters', 'null\0 bell\x07 esc\x1b del\x7f'],
  ['line and paragraph separators', 'a\u2028b\u2029c\x85d'],
  ['a byte order mark', '\ufeffstart'],
  ['leading and trailing spaces', '  eingerückt  '],
  ['yaml-looking text', 'key: value, [a, b], {c: d}, &anchor *alias !!tag'],
  ['an empty string', ''],
  ['yaml booleans and numbers', 'yes'],
]

describe('frontmatter writer', () => {
  it.each(hostileValues)('writes a value with %s so YAML parses it back unchanged', (_, value) => {
    const line = writeYamlEntry({ key: 'description', value })
    expect(parse(line)).toEqual({ description: value })
    expect(parseYamlMapping(line)).toEqual([{ key: 'description', value }])
  })

  it.each(hostileValues)('keeps a value with %s on one line', (_, value) => {
    expect(quoteYamlString(value)).not.toContain('\n')
  })

  it.each([
    ['plain text', 'Session', '"Session"'],
    ['a quote', 'a "b"', '"a \\"b\\""'],
    ['a backslash', 'a\\b', '"a\\\\b"'],
    ['a newline', 'a\nb', '"a\\nb"'],
    ['umlauts unescaped', 'Datenflüsse', '"Datenflüsse"'],
  ])('quotes %s in the site style', (_, value, expected) => {
    expect(quoteYamlString(value)).toBe(expected)
  })

  it('writes a non-string extra value as YAML that parses back to it', () => {
    const value = { list: ['a', 'b "c"'], count: 3, flag: true, none: null }
    expect(parse(writeYamlEntry({ key: 'extra-data', value }))).toEqual({ 'extra-data': value })
  })
})

const expectPageError = ({ text, code }: { text: string; code: string }): void => {
  let caught: unknown
  try {
    parsePage(text)
  } catch (err) {
    caught = err
  }
  expect(caught).toBeInstanceOf(PageError)
  expect((caught as PageError).code).toBe(code)
}

describe('frontmatter reader', () => {
  it.each([
    ['a page without frontmatter', '## Kurzprofil\n\nText\n', 'page.no-frontmatter'],
    ['an empty file', '', 'page.no-frontmatter'],
    [
      'frontmatter that is never closed',
      '---\ntitle: "x"\n## Kurzprofil\n',
      'page.unclosed-frontmatter',
    ],
    ['broken YAML', '---\ntitle: "x\nname: [a\n---\n', 'page.bad-yaml'],
    ['a duplicate key', '---\nname: "a"\nname: "b"\n---\n', 'page.bad-yaml'],
    ['an unknown tag', '---\nname: !!js/function "function () {}"\n---\n', 'page.bad-yaml'],
    ['a JSON fence', '---json\n{"name": "x"}\n---\n', 'page.unsupported-frontmatter'],
    ['a TOML fence', '+++\nname = "x"\n+++\n', 'page.unsupported-frontmatter'],
    ['a list instead of a mapping', '---\n- a\n- b\n---\n', 'page.frontmatter-not-mapping'],
    ['a scalar instead of a mapping', '---\njust text\n---\n', 'page.frontmatter-not-mapping'],
    ['a __proto__ key', '---\n__proto__: {polluted: "yes"}\n---\n', 'page.forbidden-key'],
    [
      'a nested __proto__ key',
      '---\nextra:\n  __proto__: {polluted: "yes"}\n---\n',
      'page.forbidden-key',
    ],
    [
      'a constructor key',
      '---\nconstructor: {prototype: {polluted: "yes"}}\n---\n',
      'page.forbidden-key',
    ],
    [
      'a YAML merge key',
      '---\nbase: &b {polluted: "yes"}\nextra:\n  <<: *b\n---\n',
      'page.forbidden-key',
    ],
    ['a non-scalar key', '---\n? [a, b]\n: c\n---\n', 'page.forbidden-key'],
    ['CRLF line endings', '---\r\nname: "x"\r\n---\r\n', 'page.crlf-line-endings'],
  ])('rejects %s', (_, text, code) => {
    expectPageError({ text, code })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects an alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for (let i = 1; i < 12; i += 1)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`)
    expectPageError({ text: `---\n${lines.join('\n')}\n---\n`, code: 'page.bad-yaml' })
  })

  it('never executes a ---js block', () => {
    const globals = globalThis as Record<string, unknown>
    const text =
      '---js\nglobalThis.providerDeskPwned = true\nmodule.exports = { name: "x" }\n---\n## Kurzprofil\n'
    expectPageError({ text, code: 'page.unsupported-frontmatter' })
    expect(globals.providerDeskPwned).toBeUndefined()
  })

  it('reads a mapping without touching Object.prototype', () => {
    parseYamlMapping('name: "x"\nnested: {a: 1}\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it('keeps keys in page order, integer-like keys included', () => {
    expect(parseYamlMapping('b: 1\n2024: "x"\na: 2\n').map((entry) => entry.key)).toEqual([
      'b',
      '2024',
      'a',
    ])
  })

  it('splits frontmatter text from the body at the first closing fence', () => {
    expect(splitFrontmatter('---\na: "1"\n---\nbody\n---\nmore\n')).toEqual({
      yaml: 'a: "1"\n',
      body: 'body\n---\nmore\n',
    })
  })
})
