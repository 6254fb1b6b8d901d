import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { Source } from '../src/payload-types'
import { judgeSource } from '../src/sources/judgeSource'
import { vendorDomainsOf } from '../src/sources/vendorDomains'
import { vendorFieldSelect } from '../src/sources/vendorFieldSelect'
import { allowsRejectedSources } from '../src/workflow/contextFlags'
import { idOf } from '../src/workflow/idOf'

/**
 * The primary-source rule on every save of a source: judges the URL (or the raw line)
 * against the vendor domains of its provider's latest revision (draft included) and
 * stores `verdict`, `verdictReason` and `findings`.
 *
 * A `rejected` verdict (any error finding: not a vendor host, a lookalike, no URL, a
 * third-party document without a vendor page linking it) refuses the save with a 400
 * on `url` (or `linkedFrom`) whose message names the host and the vendor domains.
 *
 * `req.context.allowRejectedSources = true` stores it anyway, as rejected: the
 * importer uses it so no line of a page is lost (and the provider keeps the error
 * finding, which blocks approval); `rejudgeSources` uses it to update verdicts
 * after the provider's vendor domains changed.
 */
export const enforcePrimarySources: CollectionBeforeChangeHook<Source> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const providerId = idOf(data.provider ?? originalDoc?.provider)
  const provider = providerId
    ? await req.payload.findByID({
        collection: 'providers',
        id: providerId,
        draft: true,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        // Only what `vendorDomainsOf` reads: the whole provider is dozens of joined rows.
        select: vendorFieldSelect,
        req,
      })
    : null
  if (!provider) {
    throw new ValidationError({
      collection: 'sources',
      errors: [{ path: 'provider', message: 'A source needs the provider it belongs to.' }],
    })
  }
  const pick = <K extends 'url' | 'rawLine' | 'linkedFrom'>(key: K) =>
    key in data ? data[key] : originalDoc?.[key]
  const judgement = judgeSource({
    url: pick('url'),
    raw: pick('rawLine'),
    linkedFrom: pick('linkedFrom'),
    vendors: vendorDomainsOf(provider),
  })
  if (judgement.verdict === 'rejected' && !allowsRejectedSources(context)) {
    const error = judgement.findings.find((finding) => finding.severity === 'error')
    throw new ValidationError({
      collection: 'sources',
      errors: [
        {
          path: error?.field === 'linkedFrom' ? 'linkedFrom' : 'url',
          message: error?.message ?? judgement.reason,
        },
      ],
    })
  }
  return {
    ...data,
    verdict: judgement.verdict,
    verdictReason: judgement.reason,
    findings: judgement.findings,
  }
}
