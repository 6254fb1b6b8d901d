/**
 * Markdown → Slate: a page's rich text read into Slate blocks. What the site's pages hold
 * round-trips through `printMarkdown`; anything else is an `UnsupportedMarkdownError`.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { UnsupportedMarkdownError } from './errors'
import type { RichText, SlateElement, SlateNode, SlateText } from './types'

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
  if (details.length > 0) throw new UnsupportedMarkdownError({ shape: 'unclosed-details' })
  return out
}

const blockFrom = (node: RootContent): SlateElement => {
  switch (node.type) {
    case 'paragraph':
      return { children: inlineFrom(node.children) }
    case 'heading':
      return { type: `h${node.depth}`, children: inlineFrom(node.children) }
    case 'list':
      if (node.spread) throw new UnsupportedMarkdownError({ shape: 'loose-list' })
      return {
        type: node.ordered ? 'ol' : 'ul',
        ...(node.ordered && node.start !== 1 && node.start !== null && node.start !== undefined
          ? { start: node.start }
          : {}),
        children: node.children.map((item) => {
          if (item.spread || (item.checked !== null && item.checked !== undefined))
            throw new UnsupportedMarkdownError({ shape: 'loose-or-task-list-item' })
          const [first, ...rest] = item.children
          if (!first || first.type !== 'paragraph')
            throw new UnsupportedMarkdownError({ shape: 'list-item-not-text' })
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
      throw new UnsupportedMarkdownError({ nodeType: node.type })
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
        if (node.title) throw new UnsupportedMarkdownError({ shape: 'link-title' })
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
        throw new UnsupportedMarkdownError({ nodeType: node.type })
    }
  }
  nodes.forEach((node) => walk({ node, marks: {} }))
  return out.length > 0 ? out : [{ text: '' }]
}

const markKeys = ['bold', 'italic', 'code', 'strikethrough'] as const

const sameMarks = ({ a, b }: { a: SlateText; b: SlateText }): boolean =>
  markKeys.every((key) => Boolean(a[key]) === Boolean(b[key]))
