import path from 'node:path'

/** `src/pages/anbieter/<slug>/index.md` → `<slug>` (the inverse of `pagePath`). */
export const slugOfPagePath = (relPath: string): string =>
  path.posix.basename(path.posix.dirname(relPath))
