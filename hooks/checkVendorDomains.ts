import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { Provider } from '../src/payload-types'
import { vendorDomainProblems } from '../src/sources/vendors'

/**
 * Refuses `vendorDomains` entries the source rule cannot use (`github.com` as a whole,
 * a public suffix, no host), on drafts too: Payload skips field validation for drafts,
 * and a shared platform as a vendor domain would make every review site on it "primary".
 */
export const checkVendorDomains: CollectionBeforeChangeHook<Provider> = ({ data, req }) => {
  const problems = vendorDomainProblems({ values: data.vendorDomains, req })
  if (problems.length > 0) {
    throw new ValidationError(
      { collection: 'providers', errors: [{ path: 'vendorDomains', message: problems.join(' ') }] },
      req.t,
    )
  }
  return data
}
