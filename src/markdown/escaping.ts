/**
 * Text that stays text: the escaping that keeps a stored text from becoming markup on the
 * site's page (a heading, a list, emphasis, a link, an autolink or HTML), escaping only
 * what would change the parse, so text as the site writes it stays as it is.
 */

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
