import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { idOf } from '../db/idOf'
import { fieldLabel } from '../i18n/fieldLabels'
import type { Message } from '../i18n/messages'
import { languageOf, message, textFor } from '../i18n/messages'
import type { Provider } from '../payload-types'
import { normalizedUrl } from '../sources/vendors'
import { anchorQuote } from './anchor'
import type { DocumentTextResult } from './documentText'
import { documentTextFor } from './documentText'

/**
 * `anchorEvidence` (providers, beforeChange, after `linkCitedSources`): an evidence entry
 * that is new, or whose quote or document changed, is anchored in the latest stored text
 * of the document it quotes, on every save, drafts too; an entry as it was keeps its
 * anchor (what the reviewer approved, and what the watch re-checks). A document without a
 * stored text yet is fetched for it (`documentTextFor`: before the save's transaction, by
 * `PATCH /api/providers/:id`). An entry whose `url` is none of the revision's sources or
 * audit reports or has no text (its fetch failed: refused address, 404, timeout), or whose
 * quote is not in that text, is refused with a 400 naming the entry's field
 * (`evidence.N.url`, `evidence.N.quote`), in the asker's language.
 */

type EvidenceEntry = NonNullable<Provider['evidence']>[number]
type Problem = { path: string; detail: Message }

const refusal = (problems: Problem[], req: PayloadRequest) =>
  new ValidationError(
    {
      collection: 'providers',
      errors: problems.map(({ path, detail }) => ({
        path,
        label: fieldLabel(path, languageOf(req)),
        message: textFor(req, detail),
      })),
    },
    req.t,
  )

/** The revision's cited documents (sources and audit reports) with their source records. */
const citedSources = (data: Partial<Provider>): Map<string, string | null> => {
  const cited = new Map<string, string | null>()
  for (const entry of [...(data.citations ?? []), ...(data.audits ?? [])]) {
    const url = normalizedUrl(
      (entry as { url?: string | null }).url ?? (entry as { reportUrl?: string | null }).reportUrl,
    )
    if (url) cited.set(url, idOf(entry.source) ?? cited.get(url) ?? null)
  }
  return cited
}

/** The entry's anchor when the stored revision has it with the same document and quote. */
const keptAnchor = (entry: EvidenceEntry, previous: readonly EvidenceEntry[]) => {
  const before = previous.find((candidate) => entry.id && candidate.id === entry.id)
  return before?.anchor?.exact &&
    before.quote === entry.quote &&
    normalizedUrl(before.url) === normalizedUrl(entry.url)
    ? before.anchor
    : null
}

export const anchorEvidence: CollectionBeforeChangeHook<Provider> = async ({
  data,
  originalDoc,
  req,
}) => {
  const entries = data.evidence ?? []
  if (entries.length === 0) return data
  const previous = originalDoc?.evidence ?? []
  const cited = citedSources(data)
  // Each document's text once per save: several entries quote the same document.
  const texts = new Map<string, Promise<DocumentTextResult>>()
  const textOf = (sourceId: string, url: string) => {
    const text = texts.get(sourceId) ?? documentTextFor({ req, sourceId, url })
    texts.set(sourceId, text)
    return text
  }

  const problems: Problem[] = []
  const anchored: EvidenceEntry[] = []
  for (const [index, entry] of entries.entries()) {
    const url = normalizedUrl(entry.url)
    if (!url || !cited.has(url)) {
      problems.push({
        path: `evidence.${index}.url`,
        detail: message('evidence.url-not-cited', { url: entry.url ?? '' }),
      })
      continue
    }
    const kept = keptAnchor(entry, previous)
    if (kept) {
      anchored.push({ ...entry, url, anchor: kept })
      continue
    }
    const sourceId = cited.get(url)
    const stored: DocumentTextResult = sourceId
      ? await textOf(sourceId, url)
      : { isFound: false, reason: message('evidence.no-snapshot', { url }) }
    if (!stored.isFound) {
      // The document has no text to quote from: not fetched, or its fetch failed.
      problems.push({ path: `evidence.${index}.url`, detail: stored.reason })
      continue
    }
    const anchor = anchorQuote({ text: stored.text, quote: entry.quote ?? '' })
    if (!anchor) {
      problems.push({
        path: `evidence.${index}.quote`,
        detail: message('evidence.quote-not-found', { url, fetchedAt: stored.fetchedAt }),
      })
      continue
    }
    anchored.push({ ...entry, url, anchor: { ...anchor, snapshot: stored.snapshotId } })
  }
  if (problems.length > 0) throw refusal(problems, req)
  return { ...data, evidence: anchored }
}
