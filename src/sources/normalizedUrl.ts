/**
 * The form under which a cited document is registered once, however many profiles
 * cite it: an absolute http(s) URL with host in lower case, no default port and no
 * fragment. `null` for anything that is not such a URL.
 */
export const normalizedUrl = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? ''
  if (!URL.canParse(trimmed)) return null
  const url = new URL(trimmed)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  return url.href
}
