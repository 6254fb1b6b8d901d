import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'

import { load, loadBuffer } from 'cheerio'
import type { CheerioAPI } from 'cheerio'

import type { AcceptedType } from './fetcher'

/**
 * Per-source CSS selectors, as in Open Terms Archive: `select` keeps only what they match,
 * `remove` drops what they match first (cookie banners, "last updated" widgets, teasers).
 * Both apply to HTML only.
 */
export type Selectors = { select?: string[]; remove?: string[] }

export type Extraction =
  | { outcome: 'ok'; text: string; textHash: string }
  | { outcome: 'failed'; code: 'unreadable' | 'no-text'; message: string }

/** Never text a reader sees. */
const dropped = 'script, style, noscript, template, svg, iframe, object, canvas, [hidden]'

/** Elements that start a line of their own. */
const blocks = new Set(
  (
    'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary ' +
    'table tbody td th thead tfoot tr ul caption legend option'
  ).split(' '),
)

type DomNode = { type: string; name?: string; data?: string; children?: DomNode[] }

/** Invisible characters that come and go with a page's markup. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/**
 * The canonical form of a document's text: Unicode NFC, invisible characters dropped,
 * every whitespace run one space, one line per block, no empty lines.
 */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(invisible, '')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')

/** sha256 of the normalized text; how it is broken into lines does not count. */
export const textHash = (normalized: string): string =>
  createHash('sha256').update(normalized.split('\n').join(' ')).digest('hex')

/** Problems with admin-given selectors, for validation when they are saved. */
export const selectorProblems = ({ select = [], remove = [] }: Selectors): string[] => {
  const $ = load('')
  return [...select, ...remove].flatMap((selector) => {
    try {
      $(selector)
      return []
    } catch (error) {
      return [`"${selector}" is not a CSS selector: ${(error as Error).message}`]
    }
  })
}

const textOfNodes = (nodes: DomNode[]): string => {
  const parts: string[] = []
  // In HTML a line break in the source is a space, except within <pre>.
  const walk = (node: DomNode, isPreformatted: boolean) => {
    const data = node.data ?? ''
    if (node.type === 'text') parts.push(isPreformatted ? data : data.replace(/\s+/g, ' '))
    const isBlock = node.type === 'tag' && blocks.has(node.name ?? '')
    if (isBlock) parts.push('\n')
    for (const child of node.children ?? []) walk(child, isPreformatted || node.name === 'pre')
    if (isBlock) parts.push('\n')
  }
  for (const node of nodes) {
    walk(node, false)
    parts.push('\n')
  }
  return parts.join('')
}

/** The outermost matches of `selector`, in document order. */
const outermost = ($: CheerioAPI, selector: string) => {
  const matches = $(selector)
  return matches.not(matches.find('*'))
}

const htmlText = (body: Buffer, charset: string | null, { select, remove }: Selectors) => {
  // Pages that declare no charset anywhere are taken as UTF-8, today's norm.
  const encoding = { transportLayerEncodingLabel: charset ?? undefined, defaultEncoding: 'utf-8' }
  const $ = loadBuffer(body, { encoding })
  $(dropped).remove()
  if (remove && remove.length > 0) $(remove.join(', ')).remove()
  let roots =
    select && select.length > 0
      ? outermost($, select.join(', '))
      : outermost($, 'main, [role=main]')
  if (!select?.length && roots.length === 0) roots = outermost($, 'article')
  if (!select?.length && roots.length === 0) roots = $('body')
  if (!select?.length && roots.length === 0) roots = $.root()
  return textOfNodes(roots.get() as unknown as DomNode[])
}

const plainText = (body: Buffer, charset: string | null) => {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return new TextDecoder('utf-8').decode(body)
  }
}

/**
 * pdf.js's own standard fonts, found next to its package. Looked up on first use: in the
 * admin's webpack bundle (which never parses a PDF) `require.resolve` gives a module id.
 */
const standardFontDataUrl = (): string | undefined => {
  const resolved: unknown = createRequire(import.meta.url).resolve('pdfjs-dist/package.json')
  return typeof resolved === 'string'
    ? `${path.join(path.dirname(resolved), 'standard_fonts')}/`
    : undefined
}

/** Text of every page, a line per text run that ends one; pdf.js in-thread, no network. */
const pdfText = async (body: Buffer) => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await getDocument({
    data: new Uint8Array(body),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: 0,
  }).promise
  try {
    const pages: string[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join(''),
      )
    }
    return pages.join('\n')
  } finally {
    await document.destroy()
  }
}

/**
 * The text of a fetched document, normalized so that markup and whitespace do not count,
 * with its hash. A PDF that pdf.js cannot read, or a document without text (or whose
 * `select` selectors match nothing), is a result, not an error.
 */
export const extractText = async ({
  body,
  contentType,
  charset = null,
  selectors = {},
}: {
  body: Buffer
  contentType: AcceptedType
  charset?: string | null
  selectors?: Selectors
}): Promise<Extraction> => {
  let raw: string
  if (contentType === 'text/html') raw = htmlText(body, charset, selectors)
  else if (contentType === 'text/plain') raw = plainText(body, charset)
  else {
    try {
      raw = await pdfText(body)
    } catch (error) {
      const name = (error as Error).name
      if (!/Exception$/.test(name)) throw error
      return {
        outcome: 'failed',
        code: 'unreadable',
        message: `${name}: ${(error as Error).message}`,
      }
    }
  }
  const text = normalizeText(raw)
  if (text === '') {
    const message = selectors.select?.length
      ? `the selectors ${selectors.select.join(', ')} match no text`
      : 'the document has no text'
    return { outcome: 'failed', code: 'no-text', message }
  }
  return { outcome: 'ok', text, textHash: textHash(text) }
}

/**
 * Every address an HTML page links to (`a[href]`, `area[href]`, `link[href]`), resolved
 * against `baseUrl` (or the page's `<base href>`), without fragments. The watch uses it
 * to see that a vendor page still links the third-party document a profile cites.
 */
export const linksOf = ({
  body,
  charset = null,
  baseUrl,
}: {
  body: Buffer
  charset?: string | null
  baseUrl: string
}): Set<string> => {
  const encoding = { transportLayerEncodingLabel: charset ?? undefined, defaultEncoding: 'utf-8' }
  const $ = loadBuffer(body, { encoding })
  const declaredBase = $('base[href]').attr('href')
  const base =
    declaredBase && URL.canParse(declaredBase, baseUrl) ? new URL(declaredBase, baseUrl) : baseUrl
  const links = new Set<string>()
  $('a[href], area[href], link[href]').each((_index, element) => {
    const href = $(element).attr('href')?.trim()
    if (!href || !URL.canParse(href, base)) return
    const url = new URL(href, base)
    url.hash = ''
    links.add(url.href)
  })
  return links
}
