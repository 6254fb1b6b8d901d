/** The parts of an http(s) URL the source rule compares, in ASCII (punycode) form. */
export type UrlParts = {
  protocol: 'http:' | 'https:'
  /** Lower case, punycode, no trailing dot. */
  host: string
  /** Non-empty path segments, lower case (`/Session-Foundation/x/` → `['session-foundation', 'x']`). */
  segments: string[]
}

/** Parses an absolute http(s) URL; `null` for anything else (no URL, `ftp:`, `mailto:`, no host). */
export const urlPartsOf = (value: string): UrlParts | null => {
  if (!URL.canParse(value.trim())) return null
  const url = new URL(value.trim())
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (host === '') return null
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase())
  return { protocol: url.protocol, host, segments }
}
