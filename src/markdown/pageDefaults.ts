/**
 * Frontmatter values the template derives from the provider. The importer stores a
 * value only when the page's differs from these, so renaming a provider or moving
 * the site's layout file changes every page at once.
 */
export const pageDefaults = {
  layout: '../../../layouts/DocLayout.astro',
  chapter: 'Anbieter',
  type: 'single',
  format: 'provider',
  title: (name: string): string => `Anbieter / ${name}`,
  url: (slug: string): string => `/anbieter/${slug}/`,
  /** Only approved (published) pages are exported; a preview of anything else says so. */
  status: (isPublished: boolean): string => (isPublished ? 'done' : 'draft'),
} as const

/** The slug in a page's `url` (`/anbieter/<slug>/`), if it has that shape. */
export const slugFromPageUrl = (url: string): string | null =>
  /^\/anbieter\/([a-z0-9][a-z0-9-]*)\/?$/.exec(url.trim())?.[1] ?? null
