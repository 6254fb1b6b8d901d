/**
 * Where a link on a published page leads, as the visitor's browser resolves it on the site
 * (docs/security.md, "Links on the page"): the value of an `href` or `src` as the site's
 * markdown pipeline hands it to the browser (entities and backslash escapes already
 * decoded), parsed by the WHATWG URL parser against the page's address on the site. So
 * `http:/reviewsite.com`, `//reviewsite.com` and `\\reviewsite.com` are the review site,
 * `https:reviewsite.com` is a page of the site itself, and ` JavaScript:` is `javascript:`.
 * Pure and free of Node built-ins.
 */

/**
 * The address of a page on the site, standing in for the real one: links are resolved
 * against it as the visitor's browser resolves them against `https://<site>/anbieter/<slug>/`.
 * `.invalid` is reserved: no real host is ever taken for the site.
 */
export const sitePageUrl = 'https://site.invalid/anbieter/page/'

const siteOrigin = new URL(sitePageUrl).origin

/**
 * What a link leads to.
 * - `web`: an http(s) page off the site, which the primary-source rule judges (`url` is
 *   its absolute address).
 * - `mail`: a `mailto:` address.
 * - `in-page`: an anchor of the page itself (`#datenblatt`, or an empty link).
 * - `site`: another page of the site (`/anbieter/signal/`, `faq`).
 * - `refused`: any other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …), which
 *   never reaches the page.
 * - `broken`: nothing a browser could follow (`https://exa mple.org`).
 */
export type LinkTarget =
  | { kind: 'web'; url: string }
  | { kind: 'mail' }
  | { kind: 'in-page' }
  | { kind: 'site' }
  | { kind: 'refused'; scheme: string }
  | { kind: 'broken' }

/** The schemes a link on the page may use; `http:` is accepted with a warning. */
export const acceptedSchemes = ['https:', 'http:', 'mailto:'] as const

const isAccepted = (protocol: string): boolean =>
  (acceptedSchemes as readonly string[]).includes(protocol)

/** Where the link `href` (as the browser reads the attribute) leads from a page of the site. */
export const linkTargetOf = (href: string): LinkTarget => {
  if (!URL.canParse(href, sitePageUrl)) return { kind: 'broken' }
  const url = new URL(href, sitePageUrl)
  if (!isAccepted(url.protocol)) return { kind: 'refused', scheme: url.protocol }
  if (url.protocol === 'mailto:') return { kind: 'mail' }
  if (url.origin !== siteOrigin) return { kind: 'web', url: url.href }
  const page = new URL(sitePageUrl)
  const isSamePage = url.pathname === page.pathname && url.search === page.search
  return isSamePage ? { kind: 'in-page' } : { kind: 'site' }
}
