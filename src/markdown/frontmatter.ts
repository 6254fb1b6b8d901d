import { isMap, isScalar, parseDocument, stringify, visit } from 'yaml'

import type { FrontmatterKey } from '../mapping/facts'
import { frontmatterKeys } from '../mapping/facts'
import type { FrontmatterExtra, JsonValue, ProviderPage } from './types'
import { PageError } from './errors'
import { message } from '../i18n/messages'

/**
 * A page's frontmatter: splitting it off the body, reading and writing YAML safely in
 * the site's style, and the model (`frontmatterFromYaml`, `yamlFromFrontmatter`): the
 * known keys as strings, everything else kept so the page renders to the same bytes.
 */

/** Keys that would reach an object's prototype, and YAML merge keys. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype', '<<'])
const maxAliasCount = 50

export type YamlEntry = { key: string; value: JsonValue }

export type SplitPage = { yaml: string; body: string }

/**
 * Splits a page into its YAML frontmatter text (without the fences, ending in a
 * newline unless empty) and the body after the closing `---` line. Only a `---`
 * fence is accepted: `---js`, `---json`, `+++` … are refused, never evaluated.
 */
export const splitFrontmatter = (text: string): SplitPage => {
  const firstLineEnd = text.indexOf('\n')
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)
  if (firstLine.endsWith('\r')) {
    throw new PageError('page.crlf-line-endings', message('page.crlf-line-endings', {}))
  }
  if (firstLine !== '---') {
    if (/^(---|\+\+\+|;;;)\S/.test(firstLine) || firstLine === '+++') {
      throw new PageError(
        'page.unsupported-frontmatter',
        message('page.unsupported-frontmatter', { fence: firstLine.slice(0, 20) }),
      )
    }
    throw new PageError('page.no-frontmatter', message('page.no-frontmatter', {}))
  }
  const rest = firstLineEnd === -1 ? '' : text.slice(firstLineEnd + 1)
  let lineStart = 0
  while (lineStart <= rest.length) {
    const lineEnd = rest.indexOf('\n', lineStart)
    const line = rest.slice(lineStart, lineEnd === -1 ? rest.length : lineEnd)
    if (line === '---') {
      return { yaml: rest.slice(0, lineStart), body: lineEnd === -1 ? '' : rest.slice(lineEnd + 1) }
    }
    if (lineEnd === -1) break
    lineStart = lineEnd + 1
  }
  throw new PageError('page.unclosed-frontmatter', message('page.unclosed-frontmatter', {}))
}

const badYaml = (detail: string): PageError =>
  new PageError('page.bad-yaml', message('page.bad-yaml', { detail }))

/**
 * Parses frontmatter YAML (YAML 1.2 core schema, nothing evaluated) into its
 * entries in page order. Refuses syntax errors, unknown tags, duplicate keys, alias bombs, a
 * document that is not a mapping, non-scalar keys, `__proto__`-like and `<<` keys.
 */
export const parseYamlMapping = (yaml: string): YamlEntry[] => {
  const doc = parseDocument(yaml, {
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
  })
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem) throw badYaml(problem.message.split('\n')[0] ?? problem.code)
  if (doc.contents === null) return []
  if (!isMap(doc.contents)) {
    throw new PageError('page.frontmatter-not-mapping', message('page.frontmatter-not-mapping', {}))
  }
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) {
        throw new PageError('page.forbidden-key', message('page.key-not-scalar', {}))
      }
      const key = String(pair.key.value)
      if (forbiddenKeys.has(key)) {
        throw new PageError('page.forbidden-key', message('page.forbidden-key', { key }))
      }
    },
  })
  let value: Record<string, JsonValue>
  try {
    value = doc.toJS({ maxAliasCount }) as Record<string, JsonValue>
  } catch (err) {
    throw badYaml(err instanceof Error ? err.message : String(err))
  }
  // Keys in page order (a JS object would move integer-like keys first).
  return doc.contents.items.map((pair) => {
    const key = String(isScalar(pair.key) ? pair.key.value : '')
    return { key, value: value[key] ?? null }
  })
}

const namedEscapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '\x85': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
}

const hex = (code: number, width: number): string =>
  code.toString(16).toUpperCase().padStart(width, '0')

const needsNumericEscape = (code: number): boolean =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0xfeff ||
  code === 0xfffe ||
  code === 0xffff ||
  (code >= 0xd800 && code <= 0xdfff)

/** A YAML double-quoted scalar that parses back to exactly `value` (site style: `\"`, `\\`, `\n`). */
export const quoteYamlString = (value: string): string => {
  let out = '"'
  for (let i = 0; i < value.length; i += 1) {
    const char = value.charAt(i)
    const code = value.charCodeAt(i)
    const isPair =
      code >= 0xd800 &&
      code <= 0xdbff &&
      i + 1 < value.length &&
      (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (isPair) {
      out += value.slice(i, i + 2)
      i += 1
    } else if (namedEscapes[char] !== undefined) out += namedEscapes[char]
    else if (needsNumericEscape(code))
      out += code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`
    else out += char
  }
  return `${out}"`
}

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/
const yamlWords = /^(true|false|null|yes|no|on|off|y|n)$/i

/** One `key: value` frontmatter entry in the site's style, newline-terminated. */
export const writeYamlEntry = ({ key, value }: { key: string; value: JsonValue }): string => {
  if (typeof value === 'string' && plainKey.test(key) && !yamlWords.test(key)) {
    return `${key}: ${quoteYamlString(value)}\n`
  }
  return stringify(
    { [key]: value },
    {
      defaultStringType: 'QUOTE_DOUBLE',
      defaultKeyType: 'PLAIN',
      lineWidth: 0,
      minContentWidth: 0,
    },
  )
}

/** The frontmatter part of the page model. */
export type FrontmatterModel = Pick<
  ProviderPage,
  'frontmatter' | 'missingFrontmatterKeys' | 'frontmatterExtra' | 'frontmatterSource'
>

const knownKeys: ReadonlySet<string> = new Set(frontmatterKeys)

const isKnownKey = (key: string): key is FrontmatterKey => knownKeys.has(key)

/** Every frontmatter key, empty. */
export const emptyFrontmatter = (): Record<FrontmatterKey, string> =>
  Object.fromEntries(frontmatterKeys.map((key) => [key, ''])) as Record<FrontmatterKey, string>

/**
 * Reads frontmatter YAML into the model. Known keys with a scalar value become
 * strings; a known key with a list or mapping value is kept as an extra entry so
 * nothing is lost. `frontmatterSource` keeps the YAML when the writer would not
 * reproduce it byte for byte.
 */
export const frontmatterFromYaml = (yaml: string): FrontmatterModel => {
  const frontmatter = emptyFrontmatter()
  const present = new Set<FrontmatterKey>()
  const frontmatterExtra: FrontmatterExtra[] = []
  let after: FrontmatterKey | null = null
  for (const { key, value } of parseYamlMapping(yaml)) {
    if (isKnownKey(key) && (value === null || typeof value !== 'object')) {
      frontmatter[key] = value === null ? '' : String(value)
      present.add(key)
      after = key
    } else {
      frontmatterExtra.push({ key, value, after })
    }
  }
  const model: FrontmatterModel = {
    frontmatter,
    missingFrontmatterKeys: frontmatterKeys.filter((key) => !present.has(key)),
    frontmatterExtra,
    frontmatterSource: null,
  }
  return { ...model, frontmatterSource: writeCanonical(model) === yaml ? null : yaml }
}

const writeCanonical = (model: FrontmatterModel): string => {
  const missing = new Set(model.missingFrontmatterKeys)
  const written = frontmatterKeys.filter((key) => !missing.has(key))
  const writtenSet = new Set<string>(written)
  const extrasAfter = (anchor: FrontmatterKey | null): string =>
    model.frontmatterExtra
      .filter((extra) => extra.after === anchor)
      .map((extra) => writeYamlEntry({ key: extra.key, value: extra.value }))
      .join('')
  const orphans = model.frontmatterExtra
    .filter((extra) => extra.after !== null && !writtenSet.has(extra.after))
    .map((extra) => writeYamlEntry({ key: extra.key, value: extra.value }))
    .join('')
  return (
    extrasAfter(null) +
    written
      .map((key) => writeYamlEntry({ key, value: model.frontmatter[key] ?? '' }) + extrasAfter(key))
      .join('') +
    orphans
  )
}

const comparable = (model: FrontmatterModel): JsonValue =>
  JSON.parse(
    JSON.stringify({
      frontmatter: frontmatterKeys.map((key) => model.frontmatter[key] ?? ''),
      missing: [...model.missingFrontmatterKeys].sort(),
      extra: model.frontmatterExtra.map(({ key, value, after }) => [key, value, after]),
    }),
  ) as JsonValue

const sameModel = ({ a, b }: { a: FrontmatterModel; b: FrontmatterModel }): boolean =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

/**
 * Writes the frontmatter YAML (without fences): the original text while it still
 * means exactly the stored values, else the canonical site style.
 */
export const yamlFromFrontmatter = (model: FrontmatterModel): string => {
  if (model.frontmatterSource !== null && model.frontmatterSource !== undefined) {
    const fromSource = safeModel(model.frontmatterSource)
    if (fromSource && sameModel({ a: fromSource, b: model })) return model.frontmatterSource
  }
  return writeCanonical(model)
}

const safeModel = (yaml: string): FrontmatterModel | null => {
  try {
    return frontmatterFromYaml(yaml)
  } catch (err) {
    // A stored source that no longer parses is not used; the canonical text is written.
    if (err instanceof PageError) return null
    throw err
  }
}
