import type { RichText, SlateElement, SlateNode, SlateText } from './types'
import { escapeMarkdownText, printCodeSpan } from './escapeMarkdown'

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
  return [printInline({ nodes: inline }), ...blocks.map(printBlock)].join('\n')
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
      .map((cell) => printInline({ nodes: cell.children ?? [], isInTable: true }))
      .join(' | ')} |`
  const columns = rows[0]?.children?.length ?? 0
  const delimiter = `|${Array.from({ length: columns }, (_, i) => delimiterCell(table.align?.[i])).join('|')}|`
  return [rows[0] ? printRow(rows[0]) : '', delimiter, ...rows.slice(1).map(printRow)].join('\n')
}

const printBlock = (block: SlateElement): string => {
  const children = block.children ?? []
  if (isHeading(block))
    return `${'#'.repeat(Number(block.type?.slice(1)))} ${printInline({ nodes: children })}`
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
      : printInline({ nodes: children })
    return inner
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n')
  }
  if (!isParagraph(block) && children.some(isBlock)) return printBlocks(children.filter(isBlock))
  return printInline({ nodes: children, isAtLineStart: true })
}

const markOrder = ['bold', 'italic', 'strikethrough'] as const
type Mark = (typeof markOrder)[number]
const delimiters: Record<Mark, string> = { bold: '**', italic: '*', strikethrough: '~~' }

const marksOf = (leaf: SlateText): Mark[] => markOrder.filter((mark) => leaf[mark] === true)

/** Leaves with marks; a link takes the marks all its leaves share. */
const printInline = ({
  nodes,
  isAtLineStart = true,
  isInTable = false,
}: {
  nodes: SlateNode[]
  isAtLineStart?: boolean
  isInTable?: boolean
}): string => {
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
      out += node.bare
        ? plainText(inner)
        : `[${printInline({ nodes: inner, isAtLineStart: false, isInTable })}](${/[\s()<>]/.test(url) ? `<${url}>` : url})`
    } else {
      out += printInline({ nodes: node.children ?? [], isAtLineStart: atLineStart, isInTable })
    }
  }
  setMarks([])
  return out
}
