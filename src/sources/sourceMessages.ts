/**
 * The messages of the source rule, as codes with their parameters (the texts are in
 * `src/i18n/`): each names the host, the vendor domains and the fix. Pure.
 */
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { Lookalike } from './lookalikes'
import type { VendorEntry } from './vendors'
import { describeVendorEntry } from './vendors'

/** The vendor domains as the messages list them, without duplicates. */
export const vendorNames = (vendors: readonly VendorEntry[]): string[] => [
  ...new Set(vendors.map(describeVendorEntry)),
]

export const noUrlMessage = (value: string): Message =>
  message('source.malformed.no-url', { value })

export const unusableUrlMessage = (value: string): Message =>
  message('source.malformed.unusable-url', { value })

export const notVendorMessage = (args: {
  host: string
  vendors: readonly VendorEntry[]
}): Message => message('source.rejected', { host: args.host, vendors: vendorNames(args.vendors) })

export const strayLinkMessage = (args: { url: string; vendors: readonly VendorEntry[] }): Message =>
  message('source.rejected.stray-link', { url: args.url, vendors: vendorNames(args.vendors) })

export const documentWithoutPageMessage = (args: {
  host: string
  vendors: readonly VendorEntry[]
}): Message =>
  message('source.linked-without-vendor-page', {
    host: args.host,
    vendors: vendorNames(args.vendors),
  })

export const linkedFromNotVendorMessage = (args: {
  host: string
  linkedFrom: string
  vendors: readonly VendorEntry[]
}): Message =>
  message('source.linked-without-vendor-page.linked-from', {
    host: args.host,
    linkedFrom: args.linkedFrom,
    vendors: vendorNames(args.vendors),
  })

export const lookalikeMessage = (args: {
  host: string
  lookalike: Lookalike
  vendors: readonly VendorEntry[]
}): Message => {
  const { host, lookalike } = args
  const vendors = vendorNames(args.vendors)
  return lookalike.imitates
    ? message('source.lookalike', {
        host,
        unicodeHost: lookalike.unicodeHost,
        imitates: describeVendorEntry(lookalike.imitates),
        vendors,
      })
    : message('source.lookalike.mixed-scripts', {
        host,
        unicodeHost: lookalike.unicodeHost,
        vendors,
      })
}

export const insecureHttpMessage = (args: { host: string }): Message =>
  message('source.insecure-http', { host: args.host })

export const primaryReason = (entry: VendorEntry): Message =>
  message('source.primary', { entry: describeVendorEntry(entry), from: entry.from })

export const linkedReason = (args: { host: string; linkedFrom: string }): Message =>
  message('source.linked', args)
