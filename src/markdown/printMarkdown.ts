/**
 * Slate → markdown: the rich text printed in the site's conventions, each inline run
 * checked to make exactly its links (`printInlineRun`), so text that is not a link element
 * never becomes a link, an autolink or HTML on the page. The way back is `slateFromMarkdown`.
 */
import type { Nodes } from 'mdast'

import { escapeMarkdownText } from './escaping'
import { mdastFromMarkdown } from './slateFromMarkdown'
import type { RichText, SlateElement, SlateNode, SlateText } from './types'

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

/** An inline code span with a fence longer than any backtick run inside. */
const printCodeSpan = (code: string): string => {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .*[^ ].* $/.test(code) ? ' ' : ''
  return `${fence}${pad}${code}${pad}${fence}`
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
