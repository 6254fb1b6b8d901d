import type { Endpoint, PayloadRequest } from 'payload'

import type { Located } from '../../evidence/anchor'
import type { Provider } from '../../payload-types'
import { anchorQuote, contextLength } from '../../evidence/anchor'
import { relocateEvidence } from '../../evidence/verify'
import { refusal, teamOnlyResponse } from '../../http'
import { message } from '../../i18n/messages'
import { citedDocumentsOf } from '../../sources/citedDocuments'
import { normalizedUrl } from '../../sources/vendors'
import type { StoredText } from './storedText'
import { readStoredText, textOf } from './storedText'

/**
 * What the evidence views of the provider edit view ask (`src/admin/evidence/`), for
 * signed-in team members, each read as the asker (`overrideAccess: false`):
 *
 * - `GET /api/providers/:id/evidence`: per evidence entry of the latest revision, its
 *   state in the document's latest stored text (`relocate`: hält / geändert /
 *   verschwunden), the passage as anchored and as it stands now, each with its context;
 * - `GET /api/providers/:id/evidence-text?url=…`: the latest stored text of a document
 *   the revision cites (the passage picker);
 * - `GET /api/providers/:id/evidence-quote?url=…&quote=…`: whether a quote is in that
 *   text, with the tolerance of the save (`anchorQuote`).
 */

/** A passage with the text around it. */
export type Passage = { prefix: string; exact: string; suffix: string }

export type EvidenceState = 'holds' | 'edited' | 'vanished' | 'unanchored' | 'missing'

export type EvidenceEntryState = {
  /** The array row's id. */
  id: string | null
  claim: string
  url: string
  state: EvidenceState
  /** The passage as anchored on save (what the reviewer approved). */
  anchored: Passage | null
  /** Where it stands in the latest stored text (the closest candidate when it vanished). */
  now: Passage | null
  /** When the latest stored text was fetched. */
  fetchedAt: string | null
}

export type EvidenceStatesResponse = { entries: EvidenceEntryState[] }

/** What the picker reads: the stored text, or that there is none yet. */
export type EvidenceTextResponse =
  | ({ status: 'stored' } & StoredText)
  | {
      status: 'missing'
      /** Why there is no text, in the asker's language. */ reason: string | null
    }

export type EvidenceQuoteResponse =
  | { status: 'stored'; isFound: boolean; start: number | null; end: number | null }
  | { status: 'missing' }

type Revision = Pick<Provider, 'citations' | 'audits' | 'evidence'>

/** The latest revision (draft) of the provider, as the asker may read it; `null` if none. */
const revisionOf = async (req: PayloadRequest): Promise<Revision | null> => {
  const { docs } = await req.payload.find({
    collection: 'providers',
    where: { id: { equals: String(req.routeParams?.id ?? '') } },
    draft: true,
    limit: 1,
    depth: 0,
    select: { citations: true, audits: true, evidence: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs[0] ?? null
}

const notFound = (req: PayloadRequest) =>
  refusal(
    req,
    'provider.not-found',
    message('provider.not-found', { id: String(req.routeParams?.id ?? '') }),
    404,
  )

/** `url` normalized when the revision cites it, else `null`. */
const citedUrl = (revision: Revision, given: unknown): string | null => {
  const url = normalizedUrl(typeof given === 'string' ? given : null)
  return url && citedDocumentsOf(revision).some((document) => document.url === url) ? url : null
}

/** The stored text of `url` when the revision cites it, else `null`. */
const citedText = async (
  req: PayloadRequest,
  revision: Revision,
  given: unknown,
): Promise<StoredText | null> => {
  const url = citedUrl(revision, given)
  return url ? readStoredText({ req, url }) : null
}

const isWordCharacter = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char)

/**
 * A located passage with its context. A fuzzy match ends at a word: the punctuation the
 * anchored passage starts or ends with is taken along when the text has it there, so that
 * the word diff does not show a full stop as removed that is still in the document.
 */
const passageAt = (text: string, located: Located, anchored: string): Passage => {
  let { start, end } = located
  const first = anchored[0]
  const last = anchored.at(-1)
  if (!isWordCharacter(first) && text[start - 1] === first) start -= 1
  if (!isWordCharacter(last) && text[end] === last) end += 1
  return {
    prefix: text.slice(Math.max(0, start - contextLength), start),
    exact: text.slice(start, end),
    suffix: text.slice(end, end + contextLength),
  }
}

/** Each entry of `evidence` with its state in the stored texts of its documents. */
const statesOf = async (req: PayloadRequest, revision: Revision): Promise<EvidenceEntryState[]> => {
  const evidence = revision.evidence ?? []
  const texts = new Map<string, StoredText | null>()
  for (const url of new Set(evidence.map((entry) => normalizedUrl(entry.url) ?? ''))) {
    if (url) texts.set(url, await readStoredText({ req, url }))
  }
  const relocated = new Map(
    [...texts].flatMap(([url, stored]) =>
      stored
        ? relocateEvidence({ evidence, url, text: stored.text }).map(
            (entry) => [entry.index, { entry, text: stored.text }] as const,
          )
        : [],
    ),
  )
  return evidence.map((entry, index): EvidenceEntryState => {
    const url = normalizedUrl(entry.url) ?? entry.url
    const stored = texts.get(url) ?? null
    const anchored: Passage | null = entry.anchor?.exact
      ? {
          prefix: entry.anchor.prefix ?? '',
          exact: entry.anchor.exact,
          suffix: entry.anchor.suffix ?? '',
        }
      : null
    const base = { id: entry.id ?? null, claim: entry.claim, url, anchored, fetchedAt: null }
    const found = relocated.get(index)
    if (!stored) return { ...base, state: 'missing', now: null }
    if (!found) return { ...base, state: 'unanchored', now: null, fetchedAt: stored.fetchedAt }
    const { relocation } = found.entry
    const located = relocation.state === 'vanished' ? relocation.candidate : relocation.found
    return {
      ...base,
      state: relocation.state,
      now: located ? passageAt(found.text, located, found.entry.anchor.exact) : null,
      fetchedAt: stored.fetchedAt,
    }
  })
}

/** A handler for team members on a revision they may read; 403 or 404 otherwise. */
const forRevision =
  (handle: (req: PayloadRequest, revision: Revision) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    const refused = teamOnlyResponse(req)
    if (refused) return refused
    const revision = await revisionOf(req)
    return revision ? handle(req, revision) : notFound(req)
  }

export const evidenceStatesEndpoint: Endpoint = {
  path: '/:id/evidence',
  method: 'get',
  handler: forRevision(async (req, revision) => {
    return Response.json({
      entries: await statesOf(req, revision),
    } satisfies EvidenceStatesResponse)
  }),
}

export const evidenceTextEndpoint: Endpoint = {
  path: '/:id/evidence-text',
  method: 'get',
  handler: forRevision(async (req, revision) => {
    const url = citedUrl(revision, req.searchParams.get('url'))
    // Not stored yet: fetched now, so a citation can be quoted right after it was saved.
    const result = url ? await textOf({ req, url }) : null
    return Response.json(
      (result && 'text' in result
        ? { status: 'stored', ...result }
        : { status: 'missing', reason: result?.reason ?? null }) satisfies EvidenceTextResponse,
    )
  }),
}

export const evidenceQuoteEndpoint: Endpoint = {
  path: '/:id/evidence-quote',
  method: 'get',
  handler: forRevision(async (req, revision) => {
    const stored = await citedText(req, revision, req.searchParams.get('url'))
    if (!stored) return Response.json({ status: 'missing' } satisfies EvidenceQuoteResponse)
    const anchor = anchorQuote({ text: stored.text, quote: req.searchParams.get('quote') ?? '' })
    return Response.json({
      status: 'stored',
      isFound: anchor !== null,
      start: anchor?.start ?? null,
      end: anchor?.end ?? null,
    } satisfies EvidenceQuoteResponse)
  }),
}
