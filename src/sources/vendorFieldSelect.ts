import type { VendorField } from '../mapping/facts'
import { vendorFields } from '../mapping/facts'

/** The provider fields `vendorDomainsOf` reads, as a Local API `select`. */
export const vendorFieldSelect = {
  ...(Object.fromEntries(vendorFields.map((field) => [field, true])) as Record<VendorField, true>),
  vendorDomains: true,
} as const
