import type { LinkItem, RichText } from './types'
import { printMarkdown } from './printMarkdown'
import { UnsupportedMarkdownError } from './errors'
import { slateFromMarkdown } from './slateFromMarkdown'

/** Indents every line but the first by `width` spaces (empty lines stay empty). */
export const indentRest = ({ text, width }: { text: string; width: number }): string =>
  text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(width) + line))
    .join('\n')

/**
 * Splits a tight `-` list into each item's markdown (continuation lines indented
 * by two spaces are part of the item, dedented). `null` when the text is not
 * such a list.
 */
export const splitBulletItems = (content: string): string[] | null => {
  if (content === '') return []
  const items: string[] = []
  for (const line of content.split('\n')) {
    if (line.startsWith('- ')) items.push(line.slice(2))
    else if (line.startsWith('  ') && items.length > 0)
      items[items.length - 1] += `\n${line.slice(2)}`
    else return null
  }
  return items
}

export const printBulletItems = (items: readonly string[]): string =>
  items.map((item) => `- ${indentRest({ text: item, width: 2 })}`).join('\n')

/** Rich text from markdown, or `null` when the codec cannot represent it. */
export const richTextOrNull = (markdown: string): RichText | null => {
  try {
    return slateFromMarkdown(markdown)
  } catch (err) {
    if (err instanceof UnsupportedMarkdownError) return null
    throw err
  }
}

export const printRichText = (value: RichText | null | undefined): string =>
  printMarkdown(value ?? [])

const linkPattern = /^\[([^\]]*)\]\(([^()\s]+)\)$/

/** `[title](url)` → `{ title, url }`; anything else → `{ title: <markdown verbatim>, url: null }`. */
export const parseLinkItem = (markdown: string): LinkItem => {
  const match = linkPattern.exec(markdown)
  return match ? { title: match[1] ?? '', url: match[2] ?? '' } : { title: markdown, url: null }
}

export const printLinkItem = ({ title, url }: LinkItem): string =>
  url ? `[${title}](${url})` : title
