import type { Source } from '../payload-types'

type SourceKind = NonNullable<Source['kind']>

const rules: [RegExp, SourceKind][] = [
  [/\.pdf(\?|#|$)|audit/i, 'audit-report'],
  [/transparen/i, 'transparency'],
  [/privacy|datenschutz/i, 'policy'],
  [/terms|tos\b|agb|legal/i, 'terms'],
  [/\/faq|faq\./i, 'faq'],
  [/support|help|zendesk|hc\/|kb\//i, 'support'],
  [/github\.com|gitlab\.|codeberg\.org|bitbucket\.org|sourcehut|sr\.ht/i, 'repo'],
]

/** A first guess at what kind of document a URL is; editors correct it in the admin. */
export const guessSourceKind = (url: string | undefined): SourceKind =>
  (url && rules.find(([pattern]) => pattern.test(url))?.[1]) || 'other'
