/** What a "Quellen" line names: `[Title](url)`, `Title: "url`, a bare URL or nothing. */
export type SourceLine = { title?: string; url?: string }

const markdownLink = /\[([^\]]*)\]\((https?:\/\/[^\s)]+)\)/i
const firstUrl = /https?:\/\/[^\s"'<>\]]+/i

/** Drops trailing punctuation and a closing parenthesis the URL did not open. */
const trimUrl = (url: string): string => {
  let out = url.replace(/[.,;:!?]+$/, '')
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length)
    out = out.slice(0, -1)
  return out
}

/** Reads one raw "Quellen" line (the text after `- `): its first http(s) URL and a title when the line gives one. */
export const parseSourceLine = (line: string): SourceLine => {
  const link = markdownLink.exec(line)
  if (link) return { title: (link[1] ?? '').trim(), url: link[2] ?? '' }
  const found = firstUrl.exec(line)
  if (!found) return {}
  const url = trimUrl(found[0])
  const before = line.slice(0, found.index)
  const titled = /^(.*\S)\s*:\s*"?$/.exec(before)
  return titled ? { title: (titled[1] ?? '').trim(), url } : { url }
}
