import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { Finding } from '../findings/finding'
import { readFinding } from '../findings/finding'
import { fieldLabel } from '../i18n/fieldLabels'
import { isMessage, languageOf, storedMessage, textFor } from '../i18n/messages'
import type { Provider } from '../payload-types'
import type { EntryJudgement } from './judge'
import { judgeRevision } from './judge'
import { isUnsafeMarkup, pageLinkFindings } from './pageLinks'
import type { PageSource } from '../mapping/providerPage'
import { vendorDomainProblems } from './vendors'
import { citedDocumentsOf, watchedUrlsOf } from './citedDocuments'
import { isImport } from '../workflow/saveContext'

/**
 * The primary-source rule applied to stored providers (docs/decisions/0003, 0006), in the
 * order Payload runs it on a save (`beforeChange` of `collections/Providers/hooks.ts`, the
 * review step between the first two): `checkVendorDomains` refuses vendor domains the
 * rule cannot use, `judgeCitations` judges the revision and stores each entry's verdict,
 * `linkCitedSources` registers the cited documents in `sources`. On reading, the stored
 * verdicts are rendered in the reader's language (`readStoredMessage` of `src/i18n/messages.ts`,
 * `readStoredFindings`, on the fields of `collections/fields/citationFields.ts`). The rule
 * itself is pure, beside this file (`judge.ts`, `vendors.ts`).
 *
 * How a citation's or audit's verdict is stored and read: the rule writes its reason
 * as a message (code and parameters, JSON in the `verdictReason` column) and its
 * findings without text; reading renders both in the reader's language. A reason
 * stored as plain text (before messages had codes) is shown as it is until the next
 * save judges the entry again.
 */

/**
 * Refuses `vendorDomains` entries the source rule cannot use (`github.com` as a whole,
 * a public suffix, no host), on drafts too: Payload skips field validation for drafts,
 * and a shared platform as a vendor domain would make every review site on it "primary".
 */
export const checkVendorDomains: CollectionBeforeChangeHook<Provider> = ({ data, req }) => {
  const problems = vendorDomainProblems({ values: data.vendorDomains, req })
  if (problems.length > 0) {
    throw new ValidationError(
      {
        collection: 'providers',
        errors: [
          {
            path: 'vendorDomains',
            label: fieldLabel('vendorDomains', languageOf(req)),
            message: problems.join(' '),
          },
        ],
      },
      req.t,
    )
  }
  return data
}

/** A 400 naming each finding's field and why, in the asker's language. */
const refusal = ({ findings, req }: { findings: readonly Finding[]; req: PayloadRequest }) =>
  new ValidationError(
    {
      collection: 'providers',
      errors: findings.map((finding) => ({
        path: finding.field,
        // "Quelle 3 → URL" in the toast, not "citations.2.url".
        label: fieldLabel(finding.field, languageOf(req)),
        message: textFor(req, finding),
      })),
    },
    req.t,
  )

const withJudgements = <T extends object>(
  entries: readonly T[],
  judgements: readonly EntryJudgement[],
): T[] =>
  entries.map((entry, index) => {
    const { verdictReason, ...judgement } = judgements[index]!
    return { ...entry, ...judgement, verdictReason: storedMessage(verdictReason) }
  })

/**
 * The primary-source rule on every save of a provider: every citation, audit report
 * and address in the Datenblatt texts is judged against the vendor domains of this
 * same revision (`judgeRevision`), and each entry stores its `verdict`,
 * `verdictReason` and `findings` (as message codes, read in the reader's language:
 * `readStoredMessage` in `src/i18n/messages.ts`). A draft saves with a rejected entry,
 * so no work is lost: the entry keeps its error finding, which blocks submitting and approving
 * (`applyReviewStep`, docs/decisions/0003). A save that would publish a revision with a
 * rejected entry fails with a 400 naming each one (`citations.3.url`) and why, in the
 * asker's language, whoever asks (only the importer's drafts are exempt: they never
 * publish). A link with a scheme other than https:, http: or mailto: (`javascript:`) or
 * HTML that runs code, in a field the save writes, is refused on every save, drafts
 * included (`pageLinkFindings`, docs/security.md); the importer keeps it as an error
 * finding, which blocks submitting and approving.
 */
export const judgeCitations: CollectionBeforeChangeHook<Provider> = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const revision = { ...originalDoc, ...data }
  const citations = revision.citations ?? []
  const audits = revision.audits ?? []
  const judged = judgeRevision({ ...revision, citations, audits })
  if (!isImport(context)) {
    // A draft may lack fields; the page prints them empty, as export would.
    const unsafe = pageLinkFindings(revision as PageSource).filter(
      (finding) => isUnsafeMarkup(finding) && finding.field.split('.')[0]! in data,
    )
    if (unsafe.length > 0) throw refusal({ findings: unsafe, req })
  }
  if (data._status === 'published' && !isImport(context)) {
    const refused = [...judged.citations, ...judged.audits].filter(
      (judgement) => judgement.verdict === 'rejected',
    )
    if (refused.length > 0) {
      throw refusal({
        findings: refused.flatMap((judgement) =>
          judgement.findings.filter((finding) => finding.severity === 'error'),
        ),
        req,
      })
    }
  }
  return {
    ...data,
    citations: withJudgements(citations, judged.citations),
    audits: withJudgements(audits, judged.audits),
  }
}

const registered = async ({ urls, req }: { urls: string[]; req: PayloadRequest }) => {
  const ids = new Map<string, string>()
  if (urls.length === 0) return ids
  const find = async () => {
    const { docs } = await req.payload.find({
      collection: 'sources',
      where: { url: { in: urls } },
      pagination: false,
      depth: 0,
      select: { url: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) ids.set(doc.url, doc.id)
  }
  await find()
  for (const url of urls.filter((candidate) => !ids.has(candidate))) {
    // System write: the registry is kept by this hook, not by people.
    const created = await req.payload.create({
      collection: 'sources',
      data: { url },
      depth: 0,
      overrideAccess: true,
      req,
    })
    ids.set(url, created.id)
  }
  return ids
}

/**
 * Keeps the `sources` registry in step with the revision: every document it cites
 * with a primary or linked verdict (citations and audit reports) and every vendor
 * page that links a third-party document has one registry entry per normalized URL,
 * created here when new; each citation and audit points at its document's entry
 * (`source`). Runs after `judgeCitations`, in the save's transaction.
 */
export const linkCitedSources: CollectionBeforeChangeHook<Provider> = async ({ data, req }) => {
  const documents = citedDocumentsOf(data)
  const ids = await registered({ urls: watchedUrlsOf(documents), req })
  // Each entry points at its document's entry, found by where the revision holds it.
  const urlAt = new Map(documents.map((document) => [document.path, document.url]))
  const sourceAt = (path: string) => ids.get(urlAt.get(path) ?? '') ?? null
  return {
    ...data,
    citations: (data.citations ?? []).map((entry, index) => ({
      ...entry,
      source: sourceAt(`citations.${index}.url`),
    })),
    audits: (data.audits ?? []).map((entry, index) => ({
      ...entry,
      source: sourceAt(`audits.${index}.reportUrl`),
    })),
  }
}

/** `afterRead` of an entry's `findings`: each with its `message` in the reader's language. */
export const readStoredFindings: FieldHook = ({ value, req }) =>
  Array.isArray(value)
    ? value.map((finding: unknown) =>
        isMessage(finding) ? readFinding(finding as Finding, languageOf(req)) : finding,
      )
    : value
