import path from 'node:path'

/** Where the bench keeps its databases, pages and sites (git-ignored). */
export const benchDir = path.resolve(import.meta.dirname, '.work')
