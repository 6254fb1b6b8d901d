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

/**
 * Escapes plain text for a markdown paragraph, escaping only what would otherwise
 * change the parse, so text as the site writes it stays as it is.
 */
export const escapeMarkdownText = ({
  text,
  isAtLineStart,
  isInTable = false,
}: {
  text: string
  isAtLineStart: boolean
  isInTable?: boolean
}): string => {
  const tildeCount = text.split('~').length - 1
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    const prev = i > 0 ? text.charAt(i - 1) : undefined
    const next = i + 1 < text.length ? text.charAt(i + 1) : undefined
    if (char === '\\') out += next === undefined || asciiPunctuation.test(next) ? '\\\\' : '\\'
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
  const lines = out.split('\n')
  return lines
    .map((line, index) => (index > 0 || isAtLineStart ? escapeLineStart(line) : line))
    .join('  \n')
}

/** An inline code span with a fence longer than any backtick run inside. */
export const printCodeSpan = (code: string): string => {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .*[^ ].* $/.test(code) ? ' ' : ''
  return `${fence}${pad}${code}${pad}${fence}`
}

/** Text inside `[…]` of a link: nothing in it can close the link text early. */
export const escapeLinkLabel = (text: string): string =>
  text.replace(/[\\[\]]/g, (char) => `\\${char}`)

/**
 * Text for a markdown line that must stay text: nothing in it can open a link, an
 * autolink, an HTML tag or an emphasis the editor did not see as such.
 */
export const escapeLinkText = (text: string): string =>
  text
    .replace(/[\\[\]<>*_`]/g, (char) => `\\${char}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
