/**
 * A provider like the seed page's Session profile, as a person would enter it: the
 * vendor fields that make `getsession.org`, `session.foundation` and
 * `github.com/session-foundation` its vendor domains. Overrides are merged in.
 */
export const sessionProviderData = (overrides: Record<string, unknown> = {}) => ({
  name: 'Session',
  slug: 'session',
  category: 'Messenger',
  website: 'https://getsession.org',
  description: 'Messenger ohne Telefonnummer.',
  repo: 'https://github.com/session-foundation',
  privacy: 'https://getsession.org/privacy-policy',
  terms: 'https://getsession.org/terms-of-service',
  transparency: 'https://session.foundation/transparency-reports',
  warrant_canary: 'Nicht angegeben',
  ...overrides,
})

/** A source on the vendor's site. */
export const vendorSourceUrl = 'https://getsession.org/faq'

/** One of the third-party review sites from the shared seeds: never a primary source. */
export const reviewSiteUrl = 'https://legit-grade.example/review/session'
