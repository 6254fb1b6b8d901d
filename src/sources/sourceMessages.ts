import type { Lookalike } from './lookalike'
import type { VendorEntry } from './vendorEntry'
import { describeVendorEntries, describeVendorEntry } from './vendorEntry'

/** The messages of the source rule: plain English, naming the host, the vendor domains and the fix. */

const vendorList = (vendors: readonly VendorEntry[]): string =>
  `vendor domains: ${describeVendorEntries(vendors)}`

export const noUrlMessage = (value: string): string =>
  `"${value}" holds no web address (no http or https URL). Replace it with the URL of the vendor page it stands for, or remove it.`

export const unusableUrlMessage = (value: string): string =>
  `"${value}" is not a usable web address (only absolute http and https URLs count). Write the full URL of the vendor page, starting with https://.`

export const notVendorMessage = (args: { host: string; vendors: readonly VendorEntry[] }): string =>
  `${args.host} is not a vendor domain of this provider (${vendorList(args.vendors)}). ` +
  `Cite the vendor's own page instead, add the host to the provider's vendor domains if the vendor really owns it, ` +
  `or set "linked from" to the vendor page that links this document.`

export const documentWithoutPageMessage = (args: {
  host: string
  vendors: readonly VendorEntry[]
}): string =>
  `${args.host} is not a vendor domain of this provider (${vendorList(args.vendors)}), and a third-party document ` +
  `counts only when the vendor links it. Set "linked from" to the vendor page that links this document ` +
  `(for example the vendor's FAQ), or cite the vendor's own page instead.`

export const linkedFromNotVendorMessage = (args: {
  host: string
  linkedFrom: string
  vendors: readonly VendorEntry[]
}): string =>
  `"linked from" (${args.linkedFrom}) is not a page on the vendor's own site (${vendorList(args.vendors)}), ` +
  `so it cannot vouch for the document on ${args.host}. Set "linked from" to the vendor page that links this document.`

export const lookalikeMessage = (args: {
  host: string
  lookalike: Lookalike
  vendors: readonly VendorEntry[]
}): string => {
  const { lookalike } = args
  const what = lookalike.imitates
    ? `imitates the vendor domain ${describeVendorEntry(lookalike.imitates)}`
    : 'mixes letters from different alphabets in one name'
  return (
    `${args.host} (shown as ${lookalike.unicodeHost}) ${what}; it is not a vendor domain of this provider ` +
    `(${vendorList(args.vendors)}). Check where the link came from and cite the vendor's real page instead.`
  )
}

export const insecureHttpMessage = (args: { host: string }): string =>
  `The link to ${args.host} uses http:, not https:. It is accepted as the vendor's page, but change it to https:// if the page loads that way.`

export const primaryReason = (entry: VendorEntry): string =>
  `${describeVendorEntry(entry)} is a vendor domain of this provider (from ${entry.from}).`
