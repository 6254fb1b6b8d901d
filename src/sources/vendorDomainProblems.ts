import type { LanguageSource } from '../i18n/messages'
import { textFor } from '../i18n/messages'
import { parseVendorDomain } from './parseVendorDomain'

/** Why entries of a provider's `vendorDomains` list cannot count, one message each, in the asker's language. */
export const vendorDomainProblems = ({
  values,
  req,
}: {
  values: readonly string[] | null | undefined
  req: LanguageSource | undefined
}): string[] =>
  (values ?? []).flatMap((value) => {
    const { problem } = parseVendorDomain(value)
    return problem ? [textFor(req, problem)] : []
  })
