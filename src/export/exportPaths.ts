import path from 'node:path'

/** Where the site keeps provider pages, relative to its root. */
export const pagesDir = path.join('src', 'pages', 'anbieter')

/** The page of one provider, relative to the site root (POSIX separators in manifests). */
export const pagePath = (slug: string): string =>
  path.posix.join('src/pages/anbieter', slug, 'index.md')

/** What the export wrote, kept in the site so a later run knows what it owns. */
export const manifestPath = (siteDir: string): string =>
  path.join(siteDir, '.provider-desk-export.json')

export const lockPath = (siteDir: string): string =>
  path.join(siteDir, '.provider-desk-export.lock')
