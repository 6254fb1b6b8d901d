/**
 * The shared platforms: hosts of many tenants (code hosts, publishing platforms, help
 * desks, stores, social networks) that never count as a whole for one vendor, with how a
 * tenant is named on each (a path prefix, a subdomain, or not at all). The table is data;
 * `sharedHostOf` says which platform a host lies on. Pure: the admin runs it in the browser too.
 */

/** A shared platform's host and how a tenant is named on it. */
export type SharedHost = {
  host: string
  /**
   * How many leading path segments name one tenant: `github.com/<org>` → 1,
   * `youtube.com/channel/<id>` → 2. `null` when a path prefix cannot name one tenant
   * (an app store's listing lives in a query string or shares its path with others).
   */
  tenantSegments: number | null
  /** True when `<tenant>.<host>` belongs to one tenant, like `sessionapp.zendesk.com`. */
  hasTenantSubdomains: boolean
}

const byPath = (host: string, tenantSegments = 1): SharedHost => ({
  host,
  tenantSegments,
  hasTenantSubdomains: false,
})
const bySubdomain = (host: string): SharedHost => ({
  host,
  tenantSegments: null,
  hasTenantSubdomains: true,
})
const byBoth = (host: string): SharedHost => ({
  host,
  tenantSegments: 1,
  hasTenantSubdomains: true,
})
const byNothing = (host: string): SharedHost => ({
  host,
  tenantSegments: null,
  hasTenantSubdomains: false,
})

/**
 * Hosts shared by many tenants. None of them is ever a whole-host vendor domain:
 * owning one repository, channel or help centre on them says nothing about the rest.
 *
 * The public suffix list (read by `tldts` with private domains on) already makes
 * `github.io`, `gitlab.io`, `blogspot.com`, `netlify.app`, `pages.dev` … public
 * suffixes, so `org.github.io` is a registrable domain of its own. This list covers
 * the shared hosts the suffix list does not.
 */
export const sharedHosts: readonly SharedHost[] = [
  // code hosts: github.com/<org>, raw.githubusercontent.com/<org>
  byPath('github.com'),
  byPath('githubusercontent.com'),
  byPath('gitlab.com'),
  byPath('codeberg.org'),
  byPath('bitbucket.org'),
  byPath('gitee.com'),
  byPath('sr.ht'),
  byPath('huggingface.co'),
  bySubdomain('sourceforge.net'),
  bySubdomain('sourceforge.io'),
  // publishing platforms: medium.com/@name and name.medium.com
  byBoth('medium.com'),
  byBoth('substack.com'),
  bySubdomain('wordpress.com'),
  bySubdomain('tumblr.com'),
  bySubdomain('ghost.io'),
  bySubdomain('hashnode.dev'),
  bySubdomain('squarespace.com'),
  bySubdomain('weebly.com'),
  bySubdomain('itch.io'),
  byPath('notion.so'),
  byPath('storage.googleapis.com'),
  // help desks and status pages: the tenant is the subdomain
  bySubdomain('zendesk.com'),
  bySubdomain('freshdesk.com'),
  bySubdomain('helpscoutdocs.com'),
  bySubdomain('intercom.help'),
  bySubdomain('atlassian.net'),
  bySubdomain('statuspage.io'),
  // app and package stores: listings cannot be told apart by a path prefix
  byNothing('apps.apple.com'),
  byNothing('itunes.apple.com'),
  byNothing('play.google.com'),
  byNothing('f-droid.org'),
  byNothing('chromewebstore.google.com'),
  byNothing('chrome.google.com'),
  byNothing('addons.mozilla.org'),
  byNothing('apps.microsoft.com'),
  byNothing('flathub.org'),
  byNothing('snapcraft.io'),
  byNothing('npmjs.com'),
  byNothing('pypi.org'),
  byNothing('hub.docker.com'),
  // documents and forms hosted for anyone
  byNothing('docs.google.com'),
  byNothing('drive.google.com'),
  byNothing('sites.google.com'),
  byNothing('iubenda.com'),
  byNothing('termly.io'),
  byNothing('termsfeed.com'),
  byNothing('privacypolicies.com'),
  byNothing('web.archive.org'),
  // social networks: twitter.com/<name>; youtube.com/channel/<id>
  byPath('twitter.com'),
  byPath('x.com'),
  byPath('facebook.com'),
  byPath('instagram.com'),
  byPath('threads.net'),
  byPath('tiktok.com'),
  byPath('mastodon.social'),
  byPath('t.me'),
  byPath('linkedin.com', 2),
  byPath('youtube.com', 2),
  byPath('reddit.com', 2),
  byPath('bsky.app', 2),
]

/** `www.` and `m.` are the platform itself, not a tenant. */
const platformAliasPrefix = /^(?:www|m|mobile)\./

/**
 * The shared host `host` lies on, and whether `host` is the platform itself
 * (`github.com`, `www.github.com`, `gist.github.com`) or one tenant's subdomain
 * (`sessionapp.zendesk.com`). `null` for a host on no shared platform.
 */
export const sharedHostOf = (
  host: string,
): { shared: SharedHost; isTenantSubdomain: boolean } | null => {
  const bare = host.replace(platformAliasPrefix, '')
  const shared = sharedHosts.find(
    (candidate) => bare === candidate.host || bare.endsWith('.' + candidate.host),
  )
  if (!shared) return null
  const isTenantSubdomain = shared.hasTenantSubdomains && bare !== shared.host
  return { shared, isTenantSubdomain }
}
