import type { VendorFields } from '../../../src/sources/vendors'
import { judgeSource } from '../../../src/sources/judge'
import { vendorDomainsOf } from '../../../src/sources/vendors'
import { sessionFrontmatter } from './sessionPage'

/** Shared by the judgeSource tests: the seed provider's vendor domains and the outcomes compared. */
export const session = vendorDomainsOf(sessionFrontmatter)
export const sessionWithZendesk = vendorDomainsOf({
  ...sessionFrontmatter,
  vendorDomains: ['sessionapp.zendesk.com'],
})
export const vendorFaq = 'https://getsession.org/faq'

/** Verdict and finding codes, the part of a judgement most tests compare. */
export const outcomeOf = (args: {
  url?: string
  raw?: string
  linkedFrom?: string
  provider?: VendorFields
}) => {
  const vendors = args.provider ? vendorDomainsOf(args.provider) : session
  const judgement = judgeSource({
    url: args.url,
    raw: args.raw,
    linkedFrom: args.linkedFrom,
    vendors,
  })
  return { verdict: judgement.verdict, codes: judgement.findings.map((finding) => finding.code) }
}

export const primary = { verdict: 'primary', codes: [] }
export const rejected = { verdict: 'rejected', codes: ['source.rejected'] }
export const malformed = { verdict: 'rejected', codes: ['source.malformed'] }
export const lookalike = { verdict: 'rejected', codes: ['source.lookalike'] }
export const documentWithoutPage = {
  verdict: 'rejected',
  codes: ['source.linked-without-vendor-page'],
}
