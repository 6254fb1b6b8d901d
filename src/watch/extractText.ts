import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'

import { load, loadBuffer } from 'cheerio'
import type { CheerioAPI } from 'cheerio'
import { adapter as htmlparser2Adapter } from 'parse5-htmlparser2-tree-adapter'

import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { AcceptedType } from './answer'
import { extractionBudget } from './limits'
import type { ExtractionBudget } from './limits'

/**
 * How a source's text is obtained, stored with each snapshot. Per-source CSS selectors, as
 * in Open Terms Archive: `select` keeps only what they match, `remove` drops what they
 * match first (cookie banners, "last updated" widgets, teasers); both apply to HTML only.
 * `language` is the source's `Accept-Language` override (none: German first), `extractor`
 * the `extractorVersion` the text was extracted with (none stored: version 1). When any of
 * them differs from the last snapshot's, the page is fetched whole and a new baseline
 * stored (`rebaselined`), re-opening only profiles whose quotes no longer stand in it.
 */
export type Selectors = {
  select?: string[]
  remove?: string[]
  language?: string | null
  extractor?: number
}

/**
 * The version of the text extraction. Raise it with any change that alters the text of an
 * unchanged document (new block rules, whitespace, PDF reading): every source is then
 * re-baselined once on its next check instead of alerting every citing profile.
 */
export const extractorVersion = 1

export type Extraction =
  | {
      outcome: 'ok'
      text: string
      textHash: string
      /** Every address an HTML page links to, when asked for (`linksBase`). */
      links?: string[]
    }
  | {
      outcome: 'failed'
      code: 'unreadable' | 'no-text' | 'too-complex'
      /** Why, for a person (`watch.…`). */
      message: Message
    }

/** A fetched document to extract the text of, with its source's selectors. */
export type ExtractionInput = {
  body: Buffer
  contentType: AcceptedType
  charset?: string | null
  selectors?: Selectors
  /** Its depth and page caps apply here; its time and memory, to the extractor's worker. */
  budget?: ExtractionBudget
  /**
   * The page's address: given, the extraction of an HTML page lists its links too
   * (`linksOf`), within the same budget.
   */
  linksBase?: string
}

/** `extractText`, or the same in a worker thread (`createExtractor`). */
export type ExtractText = (input: ExtractionInput) => Promise<Extraction>

/** A document whose extraction would cost more than its budget (`too-complex`). */
class OverBudgetError extends Error {
  readonly reason: Message
  constructor(reason: Message) {
    super(reason.messageCode)
    this.reason = reason
  }
}

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

/**
 * The text of `nodes`, a line per block. A walk with a stack of its own, not recursion,
 * so that no nesting of the markup can overflow the call stack.
 */
const textOfNodes = (nodes: DomNode[]): string => {
  const parts: string[] = []
  // What is still to do, the next on top: a node to visit, or a line break to write.
  const pending: ({ node: DomNode; isPreformatted: boolean } | '\n')[] = []
  for (const node of [...nodes].reverse()) pending.push('\n', { node, isPreformatted: false })
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === '\n') {
      parts.push('\n')
      continue
    }
    const { node, isPreformatted } = next
    const data = node.data ?? ''
    // In HTML a line break in the source is a space, except within <pre>.
    if (node.type === 'text') parts.push(isPreformatted ? data : data.replace(/\s+/g, ' '))
    const isBlock = node.type === 'tag' && blocks.has(node.name ?? '')
    if (isBlock) {
      parts.push('\n')
      pending.push('\n')
    }
    const isChildPreformatted = isPreformatted || node.name === 'pre'
    for (const child of [...(node.children ?? [])].reverse()) {
      pending.push({ node: child, isPreformatted: isChildPreformatted })
    }
  }
  return parts.join('')
}

/**
 * cheerio's tree adapter for parse5, refusing to hold more than `maxDepth` elements open:
 * the parser stops there, before its work on the stack of open elements grows.
 */
const depthCappedAdapter = (maxDepth: number): typeof htmlparser2Adapter => {
  let depth = 0
  return {
    ...htmlparser2Adapter,
    onItemPush: () => {
      depth += 1
      if (depth > maxDepth) throw new OverBudgetError(message('watch.too-deep', { maxDepth }))
    },
    onItemPop: () => {
      depth -= 1
    },
  }
}

/** An HTML page parsed, in the charset of its `Content-Type`, else of the page, else UTF-8. */
const loadHtml = ({
  body,
  charset,
  maxDepth,
}: {
  body: Buffer
  charset: string | null
  maxDepth: number
}): CheerioAPI => {
  // Pages that declare no charset anywhere are taken as UTF-8, today's norm.
  const encoding = { transportLayerEncodingLabel: charset ?? undefined, defaultEncoding: 'utf-8' }
  return loadBuffer(body, { encoding, treeAdapter: depthCappedAdapter(maxDepth) })
}

/** The outermost matches of `selector`, in document order. */
const outermost = ($: CheerioAPI, selector: string) => {
  const matches = $(selector)
  return matches.not(matches.find('*'))
}

const htmlText = ({
  body,
  charset,
  selectors: { select, remove },
  budget,
}: {
  body: Buffer
  charset: string | null
  selectors: Selectors
  budget: ExtractionBudget
}) => {
  const $ = loadHtml({ body, charset, maxDepth: budget.maxHtmlDepth })
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

/**
 * Text of every page, a line per text run that ends one; pdf.js in this thread, no network.
 * A PDF of more pages than the budget allows is refused before any page is read.
 */
const pdfText = async (body: Buffer, budget: ExtractionBudget) => {
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
    const { numPages } = document
    if (numPages > budget.maxPdfPages) {
      throw new OverBudgetError(
        message('watch.too-many-pages', { pages: numPages, maxPages: budget.maxPdfPages }),
      )
    }
    const pages: string[] = []
    for (let number = 1; number <= numPages; number += 1) {
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

/** The raw text of a document, a line per block, or `unreadable` for a PDF pdf.js cannot read. */
const rawText = async ({
  body,
  contentType,
  charset,
  selectors,
  budget,
}: {
  body: Buffer
  contentType: AcceptedType
  charset: string | null
  selectors: Selectors
  budget: ExtractionBudget
}): Promise<string | Extract<Extraction, { outcome: 'failed' }>> => {
  if (contentType === 'text/html') return htmlText({ body, charset, selectors, budget })
  if (contentType === 'text/plain') return plainText(body, charset)
  try {
    return await pdfText(body, budget)
  } catch (error) {
    const name = (error as Error).name
    if (!/Exception$/.test(name)) throw error
    return {
      outcome: 'failed',
      code: 'unreadable',
      message: message('watch.unreadable', { name, detail: (error as Error).message }),
    }
  }
}

/**
 * The text of a fetched document, normalized so that markup and whitespace do not count,
 * with its hash. A PDF that pdf.js cannot read (`unreadable`), a document without text (or
 * whose `select` selectors match nothing: `no-text`), or one nested deeper or of more
 * pages than `budget` allows (`too-complex`) is a result, not an error. In this thread and
 * unbounded in time and memory otherwise: the watch runs it in a worker (`createExtractor`).
 */
export const extractText: ExtractText = async ({
  body,
  contentType,
  charset = null,
  selectors = {},
  budget = extractionBudget,
  linksBase,
}) => {
  let raw: Awaited<ReturnType<typeof rawText>>
  try {
    raw = await rawText({ body, contentType, charset, selectors, budget })
  } catch (error) {
    if (!(error instanceof OverBudgetError)) throw error
    return { outcome: 'failed', code: 'too-complex', message: error.reason }
  }
  if (typeof raw !== 'string') return raw
  const text = normalizeText(raw)
  if (text === '') {
    const reason = selectors.select?.length
      ? message('watch.selectors-no-text', { selectors: selectors.select })
      : message('watch.no-text', {})
    return { outcome: 'failed', code: 'no-text', message: reason }
  }
  const isListingLinks = linksBase !== undefined && contentType === 'text/html'
  const links = isListingLinks ? [...linksOf({ body, charset, baseUrl: linksBase })] : null
  return { outcome: 'ok', text, textHash: textHash(text), ...(links ? { links } : {}) }
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
  // The depth cap of the text's extraction: extractText lists links once the text parsed.
  const $ = loadHtml({ body, charset, maxDepth: extractionBudget.maxHtmlDepth })
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
