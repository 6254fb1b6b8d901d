import { parseVendorDomain } from './parseVendorDomain'

/** Why entries of a provider's `vendorDomains` list cannot count, one message each. */
export const vendorDomainProblems = (values: readonly string[] | null | undefined): string[] =>
  (values ?? []).flatMap((value) => {
    const { problem } = parseVendorDomain(value)
    return problem ? [problem] : []
  })
