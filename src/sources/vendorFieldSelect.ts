/** The provider fields `vendorDomainsOf` reads, as a Local API `select`. */
export const vendorFieldSelect = {
  website: true,
  privacy: true,
  terms: true,
  transparency: true,
  warrant_canary: true,
  repo: true,
  vendorDomains: true,
} as const
