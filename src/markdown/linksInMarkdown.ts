/**
 * The links a piece of markdown makes on the site, read the way the site's markdown
 * pipeline reads it (remark with GFM, raw HTML passed through and parsed by parse5): every
 * link, autolink, image and reference definition with its destination as the browser gets
 * it (entities and backslash escapes decoded), every address in an HTML attribute (entities
 * decoded), and the HTML that would run code or pull in other pages. Where each stands is
 * given as offsets into the markdown, so a caller can tell which field printed it.
 */
import { load } from 'cheerio'
import type { Nodes } from 'mdast'

import { mdastFromMarkdown } from './slateFromMarkdown'

/** One address on the page: a link's or image's destination, or an HTML attribute's value. */
export type MarkdownLink = {
  /** As the browser reads it (decoded), before it resolves it against the page. */
  href: string
  /** The markdown node that makes it (`link`, `image`, `definition`, `html`). */
  start: number
  end: number
}

/** HTML that would run code, load another page into this one or send a form: `<script>`, `onclick=`. */
export type ActiveHtml = {
  /** `script`, or the element that carries the attribute. */
  element: string
  /** `onclick`, `style`; absent when the element itself is the problem. */
  attribute?: string
  start: number
  end: number
}

/** Attributes whose value is an address the browser follows or loads. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'longdesc',
  'ping',
  'manifest',
  'icon',
  'codebase',
  'archive',
  'lowsrc',
  'dynsrc',
  'xlink:href',
])

/**
 * Elements that run code, change how the page's links resolve (`base`), redirect (`meta`),
 * load other pages or styles into this one, or send a form. SVG and MathML are refused
 * whole: their animation elements can set an `href` no attribute check sees.
 */
const activeElements = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'svg',
  'math',
])

/** A `style` attribute that loads something or runs script (old IE's `expression()`). */
const activeStyle = /url\s*\(|expression\s*\(|@import/i

const isActiveAttribute = (name: string, value: string): boolean =>
  name.startsWith('on') || (name === 'style' && activeStyle.test(value))

/** The addresses of a `srcset`: each candidate's URL before its width or density. */
const srcsetUrls = (value: string): string[] =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '')

type Range = { start: number; end: number }

/** The addresses and active parts of one raw HTML node (a block, or one inline tag). */
const readHtml = ({ html, range }: { html: string; range: Range }) => {
  const links: MarkdownLink[] = []
  const activeHtml: ActiveHtml[] = []
  const $ = load(html, null, false)
  for (const element of $('*').toArray()) {
    if (!('attribs' in element)) continue
    const name = element.name.toLowerCase()
    if (activeElements.has(name)) activeHtml.push({ element: name, ...range })
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const key = attribute.toLowerCase()
      if (isActiveAttribute(key, value))
        activeHtml.push({ element: name, attribute: key, ...range })
      if (key === 'srcset' || key === 'imagesrcset') {
        links.push(...srcsetUrls(value).map((href) => ({ href, ...range })))
      } else if (urlAttributes.has(key)) links.push({ href: value, ...range })
    }
  }
  return { links, activeHtml }
}

const rangeOf = (node: Nodes): Range => ({
  start: node.position?.start.offset ?? 0,
  end: node.position?.end.offset ?? 0,
})

/**
 * Every address the markdown makes on the site and the active HTML in it, in document
 * order. Reference links (`[x][ref]`) are covered by their definition, which counts
 * whether or not a reference uses it.
 */
export const linksInMarkdown = (
  markdown: string,
): { links: MarkdownLink[]; activeHtml: ActiveHtml[] } => {
  const links: MarkdownLink[] = []
  const activeHtml: ActiveHtml[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({ href: node.url, ...rangeOf(node) })
    } else if (node.type === 'html') {
      const read = readHtml({ html: node.value, range: rangeOf(node) })
      links.push(...read.links)
      activeHtml.push(...read.activeHtml)
    }
    if ('children' in node) node.children.forEach(walk)
  }
  walk(mdastFromMarkdown(markdown))
  return { links, activeHtml }
}
