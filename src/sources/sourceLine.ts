/**
 * One line of a page's "Quellen" list read as what it cites: its title and its http(s) URL.
 * The importer keeps the line and the source rule judges the URL read from it. Pure.
 */

/** What one line of a page's "Quellen" list cites. */
type SourceLine = { title?: string; url?: string }

const listMarker = /^\s*(?:[-*+]|\d+[.)])\s+/
/** `[Title](https://…)`, allowing one level of parentheses inside the URL. */
const markdownLink = /\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/
const bareUrl = /https?:\/\/[^\s"'<>`]+/i
/** Punctuation that ends a sentence rather than the URL. */
const trailingPunctuation = /[.,;:!?]+$/

const cleanTitle = (text: string): string | undefined => {
  const title = text.replace(/[\s:"'„“”(<–-]+$/u, '').trim()
  return title === '' ? undefined : title
}

const trimBareUrl = (url: string): string => {
  const withoutPunctuation = url.replace(trailingPunctuation, '')
  const opened = withoutPunctuation.split('(').length - 1
  const closed = withoutPunctuation.split(')').length - 1
  return closed > opened ? withoutPunctuation.replace(/\)+$/, '') : withoutPunctuation
}

const sourceLineOf = (args: {
  title?: string | undefined
  url?: string | undefined
}): SourceLine => ({
  ...(args.title === undefined ? {} : { title: args.title }),
  ...(args.url === undefined ? {} : { url: args.url }),
})

/**
 * Reads one "Quellen" line: `[Title](https://…)`, a bare URL, `Title: "https://…`
 * (a broken quote, as in the seed page), or text without any http(s) URL, which
 * gives no `url` (the source rule then calls it malformed). Only http(s) URLs count.
 */
export const parseSourceLine = (raw: string): SourceLine => {
  const line = raw.replace(listMarker, '').trim()
  const link = markdownLink.exec(line)
  if (link && /^https?:\/\//i.test(link[2] ?? '')) {
    return sourceLineOf({ title: cleanTitle(link[1] ?? ''), url: link[2] })
  }
  const found = bareUrl.exec(line)
  if (!found) {
    return sourceLineOf({ title: cleanTitle(link?.[1] ?? line) })
  }
  return sourceLineOf({ title: cleanTitle(line.slice(0, found.index)), url: trimBareUrl(found[0]) })
}
