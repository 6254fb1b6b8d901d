/**
 * The rich-text codec: Slate blocks as markdown in the site's conventions and back,
 * with the escaping that keeps a stored text from becoming markup on the page. What the
 * site's pages hold round-trips; anything else is an `UnsupportedMarkdownError`.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { UnsupportedMarkdownError } from './errors'
import type { RichText, SlateElement, SlateNode, SlateText } from './types'

// --- Escaping: text that stays text

const asciiPunctuation = /[!-/:-@[-`{-~]/
const isWhitespace = (char: string | undefined): boolean => char === undefined || /\s/.test(char)
const isAlphanumeric = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char)

/** Escapes what would start a block at the beginning of a line (`#`, `>`, `- `, `1) ` …). */
const escapeLineStart = (line: string): string => {
  if (/^#{1,6}(\s|$)/.test(line) || /^[>]/.test(line) || /^[-+*](\s|$)/.test(line))
    return `\\${line}`
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line)
  if (ordered) return `${ordered[1]}\\${line.slice((ordered[1] ?? '').length)}`
  return line
}

/** What the strict escaping escapes wherever it stands: what opens a link, a definition or HTML. */
const linkOpeners = /[[\]<&]/

/**
 * An empty HTML comment between the parts of what GFM would autolink (`https:<!---->//`,
 * `www<!---->.`, `a<!---->@b.org`). GFM finds its autolink literals in the decoded text,
 * where no backslash escape reaches; the comment splits the text, shows nothing and
 * leaves the text as it reads.
 */
const autolinkBreak = '<!---->'

/** Text in which GFM finds no autolink literal. */
const breakAutolinks = (text: string): string =>
  text
    .replace(/(https?:)(\/\/)/gi, `$1${autolinkBreak}$2`)
    .replace(/\b(www)\./gi, `$1${autolinkBreak}.`)
    .replace(/@/g, `${autolinkBreak}@`)

/**
 * Escapes plain text for a markdown paragraph, escaping only what would otherwise
 * change the parse, so text as the site writes it stays as it is. `isStrict` escapes
 * everything that could open a link, a definition, HTML or an autolink (`https://`,
 * `www.`, `a@b.org`: `breakAutolinks`) wherever it stands, for text whose plain escaping
 * would let it become one (`printInlineRun`).
 */
export const escapeMarkdownText = ({
  text,
  isAtLineStart,
  isInTable = false,
  isStrict = false,
}: {
  text: string
  isAtLineStart: boolean
  isInTable?: boolean
  isStrict?: boolean
}): string => {
  const tildeCount = text.split('~').length - 1
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    const prev = i > 0 ? text.charAt(i - 1) : undefined
    const next = i + 1 < text.length ? text.charAt(i + 1) : undefined
    if (char === '\\') out += next === undefined || asciiPunctuation.test(next) ? '\\\\' : '\\'
    else if (isStrict && linkOpeners.test(char)) out += `\\${char}`
    else if (char === '*') out += isWhitespace(prev) && isWhitespace(next) ? '*' : '\\*'
    else if (char === '_') out += isAlphanumeric(prev) && isAlphanumeric(next) ? '_' : '\\_'
    else if (char === '`') out += '\\`'
    else if (char === '[') out += /^\[[^\]]*\][([]/.test(text.slice(i)) ? '\\[' : '['
    else if (char === '<') out += next !== undefined && /[A-Za-z/!?]/.test(next) ? '\\<' : '<'
    else if (char === '&') out += /^&#?[A-Za-z0-9]+;/.test(text.slice(i)) ? '\\&' : '&'
    else if (char === '~') out += tildeCount > 1 ? '\\~' : '~'
    else if (char === '|' && isInTable) out += '\\|'
    else out += char
  }
  if (isStrict) out = breakAutolinks(out)
  const lines = out.split('\n')
  return lines
    .map((line, index) => (index > 0 || isAtLineStart ? escapeLineStart(line) : line))
    .join('  \n')
}

/** An inline code span with a fence longer than any backtick run inside. */
const printCodeSpan = (code: string): string => {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .*[^ ].* $/.test(code) ? ' ' : ''
  return `${fence}${pad}${code}${pad}${fence}`
}

/**
 * Text inside `[…]` of a link: nothing in it can close the link text early, open an HTML
 * tag or spell an entity (GFM makes no autolink inside a link).
 */
export const escapeLinkLabel = (text: string): string =>
  text
    .replace(/[\\[\]]/g, (char) => `\\${char}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')

/**
 * Text for a markdown line that must stay text: nothing in it can open a link, an
 * autolink, an HTML tag or an emphasis the editor did not see as such.
 */
export const escapeLinkText = (text: string): string =>
  breakAutolinks(
    text.replace(/[\\[\]<>*_`]/g, (char) => `\\${char}`).replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&'),
  )

// --- Slate → markdown

/**
 * Prints Slate blocks as markdown in the site's conventions: `-` bullets, `1)`
 * ordered items, `**bold**`, `*italic*`, two-space hard breaks with continuation
 * lines indented to the item's content column, `|---|` tables, `<details>` blocks,
 * a blank line between blocks except after a heading and between a "Label:" line
 * and its list.
 */
export const printMarkdown = (blocks: RichText): string => printBlocks(blocks)

const isText = (node: SlateNode): node is SlateText =>
  'text' in node && typeof node.text === 'string'

const blockTypes = new Set([
  'ul',
  'ol',
  'li',
  'details',
  'table',
  'tr',
  'th',
  'td',
  'html',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'paragraph',
])

const isBlock = (node: SlateNode): node is SlateElement =>
  !isText(node) && (node.type === undefined || blockTypes.has(node.type))

const plainText = (nodes: SlateNode[]): string =>
  nodes.map((node) => (isText(node) ? node.text : plainText(node.children ?? []))).join('')

const isParagraph = (node: SlateElement): boolean =>
  node.type === undefined || node.type === 'p' || node.type === 'paragraph'
const isHeading = (node: SlateElement): boolean => /^h[1-6]$/.test(node.type ?? '')
const isList = (node: SlateElement): boolean => node.type === 'ul' || node.type === 'ol'

const separator = ({ prev, next }: { prev: SlateElement; next: SlateElement }): string => {
  if (isHeading(prev)) return '\n'
  if (isParagraph(prev) && isList(next) && plainText(prev.children).trimEnd().endsWith(':'))
    return '\n'
  return '\n\n'
}

const printBlocks = (blocks: SlateElement[]): string =>
  blocks
    .map((block, index) => {
      const prev = blocks[index - 1]
      return (prev ? separator({ prev, next: block }) : '') + printBlock(block)
    })
    .join('')

const indentRest = ({ text, width }: { text: string; width: number }): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(width) + line))
    .join('\n')

const printItem = (item: SlateElement): string => {
  const children = item.type === 'li' ? (item.children ?? []) : [item]
  const firstBlock = children.findIndex((child) => isBlock(child))
  const inline = firstBlock === -1 ? children : children.slice(0, firstBlock)
  const blocks = (firstBlock === -1 ? [] : children.slice(firstBlock)).filter(isBlock)
  return [printInlineRun({ nodes: inline }), ...blocks.map(printBlock)].join('\n')
}

const printList = (list: SlateElement): string => {
  const start = list.start ?? 1
  return (list.children ?? [])
    .filter(isBlock)
    .map((item, index) => {
      const marker = list.type === 'ol' ? `${start + index}) ` : '- '
      return marker + indentRest({ text: printItem(item), width: marker.length })
    })
    .join('\n')
}

const delimiterCell = (align: string | null | undefined): string =>
  align === 'left' ? ':---' : align === 'right' ? '---:' : align === 'center' ? ':---:' : '---'

const printTable = (table: SlateElement): string => {
  const rows = (table.children ?? []).filter(isBlock)
  const printRow = (row: SlateElement): string =>
    `| ${(row.children ?? [])
      .filter(isBlock)
      .map((cell) => printInlineRun({ nodes: cell.children ?? [], isInTable: true }))
      .join(' | ')} |`
  const columns = rows[0]?.children?.length ?? 0
  const delimiter = `|${Array.from({ length: columns }, (_, i) => delimiterCell(table.align?.[i])).join('|')}|`
  return [rows[0] ? printRow(rows[0]) : '', delimiter, ...rows.slice(1).map(printRow)].join('\n')
}

const printBlock = (block: SlateElement): string => {
  const children = block.children ?? []
  if (isHeading(block))
    return `${'#'.repeat(Number(block.type?.slice(1)))} ${printInlineRun({ nodes: children })}`
  if (isList(block)) return printList(block)
  if (block.type === 'li') return printItem(block)
  if (block.type === 'table') return printTable(block)
  if (block.type === 'html') return block.html ?? ''
  if (block.type === 'details') {
    const inner = printBlocks(children.filter(isBlock))
    return `<details>\n<summary>${block.summary ?? ''}</summary>\n\n${inner ? `${inner}\n\n` : ''}</details>`
  }
  if (block.type === 'blockquote') {
    const inner = children.some(isBlock)
      ? printBlocks(children.filter(isBlock))
      : printInlineRun({ nodes: children })
    return inner
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n')
  }
  if (!isParagraph(block) && children.some(isBlock)) return printBlocks(children.filter(isBlock))
  return printInlineRun({ nodes: children, isAtLineStart: true })
}

const markOrder = ['bold', 'italic', 'strikethrough'] as const
type Mark = (typeof markOrder)[number]
const delimiters: Record<Mark, string> = { bold: '**', italic: '*', strikethrough: '~~' }

const marksOf = (leaf: SlateText): Mark[] => markOrder.filter((mark) => leaf[mark] === true)

type InlineRun = {
  nodes: SlateNode[]
  isAtLineStart?: boolean
  isInTable?: boolean
  /** Escape everything that could open a link or HTML (`escapeMarkdownText`), and print no bare link. */
  isStrict?: boolean
}

/** The link elements of inline nodes, in order. */
const linksOf = (nodes: SlateNode[]): SlateElement[] =>
  nodes.flatMap((node) =>
    isText(node) ? [] : node.type === 'link' ? [node] : linksOf(node.children ?? []),
  )

/** Markdown nodes that only a link element or an HTML block of the rich text may make. */
const linkLikeTypes = new Set([
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
  'html',
])

/** What every link, autolink, definition or HTML needs in its markdown. */
const linkSigns = /[[<@]|:\/\/|www\./i

/**
 * True when the printed run makes exactly the links of its nodes, in order, and no other
 * link, image, reference or HTML: no text became markup, and each bare link reads back as
 * itself (its text is the address the parser links).
 */
const isFaithful = ({ markdown, nodes }: { markdown: string; nodes: SlateNode[] }): boolean => {
  // Without these nothing can become a link or HTML: no need to parse.
  if (!linkSigns.test(markdown)) return linksOf(nodes).length === 0
  const made: Nodes[] = []
  const walk = (node: Nodes): void => {
    if (linkLikeTypes.has(node.type)) made.push(node)
    if ('children' in node) node.children.forEach(walk)
  }
  walk(mdastFromMarkdown(markdown))
  const wanted = linksOf(nodes)
  return (
    made.length === wanted.length &&
    made.every((node, index) => {
      const link = wanted[index]!
      return node.type === 'link' && (!link.bare || node.url === link.url)
    })
  )
}

/**
 * One inline run of a block (a paragraph, a heading, a list item's text, a table cell) as
 * markdown: printed as the site writes it while that makes exactly its links and no other
 * markup; otherwise again with the strict escaping, so text that is not a link element
 * never becomes a link, an autolink or HTML on the page, and a bare link whose text would
 * link elsewhere (or be markup) is printed as `[text](url)`.
 */
const printInlineRun = (run: InlineRun): string => {
  const markdown = printInline(run)
  return isFaithful({ markdown, nodes: run.nodes })
    ? markdown
    : printInline({ ...run, isStrict: true })
}

/** Leaves with marks; a link takes the marks all its leaves share. */
const printInline = ({
  nodes,
  isAtLineStart = true,
  isInTable = false,
  isStrict = false,
}: InlineRun): string => {
  let out = ''
  let open: Mark[] = []
  const setMarks = (wanted: Mark[]): void => {
    let keep = 0
    while (keep < open.length && wanted.includes(open[keep] as Mark)) keep += 1
    out += open
      .slice(keep)
      .reverse()
      .map((mark) => delimiters[mark])
      .join('')
    open = open.slice(0, keep)
    for (const mark of wanted) {
      if (!open.includes(mark)) {
        open.push(mark)
        out += delimiters[mark]
      }
    }
  }
  for (const node of nodes) {
    const atLineStart = out === '' ? isAtLineStart : out.endsWith('\n')
    if (isText(node)) {
      if (node.text === '') continue
      setMarks(marksOf(node))
      out += node.code
        ? node.text.split('\n').map(printCodeSpan).join('  \n')
        : escapeMarkdownText({
            text: node.text,
            isAtLineStart: atLineStart && open.length === 0,
            isInTable,
            isStrict,
          })
    } else if (node.type === 'link') {
      const leaves = (node.children ?? []).filter(isText)
      const shared = markOrder.filter(
        (mark) => leaves.length > 0 && leaves.every((leaf) => leaf[mark] === true),
      )
      setMarks(shared)
      const inner = (node.children ?? []).map((child) =>
        isText(child)
          ? { ...child, ...Object.fromEntries(shared.map((mark) => [mark, false])) }
          : child,
      )
      if (out.endsWith('!')) out = `${out.slice(0, -1)}\\!`
      const url = node.url ?? ''
      out +=
        node.bare && !isStrict
          ? plainText(inner)
          : `[${printInline({ nodes: inner, isAtLineStart: false, isInTable, isStrict })}](${/[\s()<>]/.test(url) ? `<${url}>` : url})`
    } else {
      out += printInline({
        nodes: node.children ?? [],
        isAtLineStart: atLineStart,
        isInTable,
        isStrict,
      })
    }
  }
  setMarks([])
  return out
}

// --- markdown → Slate

const processor = unified().use(remarkParse).use(remarkGfm)

/** Parses markdown into an mdast tree (CommonMark + GFM), as the site's markdown pipeline does. */
export const mdastFromMarkdown = (markdown: string): Root => processor.parse(markdown)

type Marks = Omit<SlateText, 'text'>

const openDetails = /^<details>\n<summary>([^\n]*)<\/summary>$/

/** Converts markdown to Slate blocks. Throws `UnsupportedMarkdownError`. */
export const slateFromMarkdown = (markdown: string): RichText =>
  slateFromMdast(mdastFromMarkdown(markdown))

const slateFromMdast = (root: Root): RichText => blocksFrom(root.children)

/** Blocks, grouping `<details><summary>` … `</details>` html siblings into one element. */
const blocksFrom = (nodes: RootContent[]): RichText => {
  const out: SlateElement[] = []
  const stack: SlateElement[][] = [out]
  const details: SlateElement[] = []
  for (const node of nodes) {
    const target = stack[stack.length - 1] ?? out
    const open = node.type === 'html' ? openDetails.exec(node.value) : null
    if (open) {
      const element: SlateElement = { type: 'details', summary: open[1] ?? '', children: [] }
      target.push(element)
      details.push(element)
      stack.push(element.children as SlateElement[])
    } else if (node.type === 'html' && node.value === '</details>' && details.length > 0) {
      details.pop()
      stack.pop()
    } else {
      target.push(blockFrom(node))
    }
  }
  if (details.length > 0) throw new UnsupportedMarkdownError('<details> without </details>')
  return out
}

const blockFrom = (node: RootContent): SlateElement => {
  switch (node.type) {
    case 'paragraph':
      return { children: inlineFrom(node.children) }
    case 'heading':
      return { type: `h${node.depth}`, children: inlineFrom(node.children) }
    case 'list':
      if (node.spread) throw new UnsupportedMarkdownError('loose list')
      return {
        type: node.ordered ? 'ol' : 'ul',
        ...(node.ordered && node.start !== 1 && node.start !== null && node.start !== undefined
          ? { start: node.start }
          : {}),
        children: node.children.map((item) => {
          if (item.spread || (item.checked !== null && item.checked !== undefined))
            throw new UnsupportedMarkdownError('loose or task list item')
          const [first, ...rest] = item.children
          if (!first || first.type !== 'paragraph')
            throw new UnsupportedMarkdownError('list item not starting with text')
          return { type: 'li', children: [...inlineFrom(first.children), ...rest.map(blockFrom)] }
        }),
      }
    case 'table':
      return {
        type: 'table',
        align: node.align ?? [],
        children: node.children.map((row, rowIndex) => ({
          type: 'tr',
          children: row.children.map((cell) => ({
            type: rowIndex === 0 ? 'th' : 'td',
            children: inlineFrom(cell.children),
          })),
        })),
      }
    case 'html':
      return { type: 'html', html: node.value, children: [{ text: '' }] }
    default:
      throw new UnsupportedMarkdownError(node.type)
  }
}

const inlineFrom = (nodes: PhrasingContent[]): SlateNode[] => {
  const out: SlateNode[] = []
  const push = (node: SlateNode): void => {
    const last = out[out.length - 1]
    if (last && 'text' in last && 'text' in node && sameMarks({ a: last, b: node })) {
      out[out.length - 1] = { ...last, text: last.text + node.text }
    } else out.push(node)
  }
  const walk = ({ node, marks }: { node: Nodes; marks: Marks }): void => {
    switch (node.type) {
      case 'text':
        push({ text: node.value, ...marks })
        return
      case 'break':
        push({ text: '\n', ...marks })
        return
      case 'inlineCode':
        push({ text: node.value, ...marks, code: true })
        return
      case 'strong':
        node.children.forEach((child) => walk({ node: child, marks: { ...marks, bold: true } }))
        return
      case 'emphasis':
        node.children.forEach((child) => walk({ node: child, marks: { ...marks, italic: true } }))
        return
      case 'delete':
        node.children.forEach((child) =>
          walk({ node: child, marks: { ...marks, strikethrough: true } }),
        )
        return
      case 'link': {
        if (node.title) throw new UnsupportedMarkdownError('link title')
        const children = inlineFrom(node.children).map((child) =>
          'text' in child ? { ...child, ...marks } : child,
        )
        const text = children.map((child) => ('text' in child ? child.text : '')).join('')
        const isBare =
          node.position?.start.offset !== undefined &&
          node.position.end.offset !== undefined &&
          node.position.end.offset - node.position.start.offset === text.length &&
          !node.url.startsWith('<')
        out.push({ type: 'link', url: node.url, ...(isBare ? { bare: true } : {}), children })
        return
      }
      default:
        throw new UnsupportedMarkdownError(node.type)
    }
  }
  nodes.forEach((node) => walk({ node, marks: {} }))
  return out.length > 0 ? out : [{ text: '' }]
}

const markKeys = ['bold', 'italic', 'code', 'strikethrough'] as const

const sameMarks = ({ a, b }: { a: SlateText; b: SlateText }): boolean =>
  markKeys.every((key) => Boolean(a[key]) === Boolean(b[key]))
