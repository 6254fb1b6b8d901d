import type { Message } from '../i18n/messages'
import type { ExtractText, Selectors } from './extractText'
import type { DocumentRequest, FetchResult, Redirect, Validators } from './fetcher'

/** What the last snapshot of a document recorded, as far as a comparison needs it. */
export type SnapshotMeta = {
  textHash: string
  validators: Validators
  /** The selectors its text was extracted with. */
  selectors: Selectors
}

type Fetched = {
  httpStatus: number
  finalUrl: string
  redirects: Redirect[]
  validators: Validators
}

/** The links of a fetched HTML page, when asked for (`shouldListLinks`). */
type Linked = { links?: string[] }

/**
 * A fetch compared with the last snapshot. `new`, `changed` and `rebaselined` carry the
 * text for a new snapshot; `rebaselined` is a change that comes from changed selectors,
 * stored without alerting anyone. `links` are a fetched HTML page's links, for the caller
 * that checks them (`shouldListLinks`).
 */
export type Comparison =
  | (Fetched & Linked & { status: 'new' | 'rebaselined'; text: string; textHash: string })
  | (Fetched & Linked & { status: 'changed'; text: string; textHash: string })
  | (Linked & {
      status: 'unchanged'
      finalUrl: string
      redirects: Redirect[]
      validators: Validators
    })
  | { status: 'failed'; finalUrl: string; code: string; message: Message; isTransient: boolean }
  | (Omit<Extract<FetchResult, { outcome: 'blocked' }>, 'outcome' | 'url'> & { status: 'blocked' })

const keyOf = ({ select = [], remove = [], language = null, extractor = 1 }: Selectors) =>
  JSON.stringify([select, remove, language, extractor])

const isSameSelectors = (last: SnapshotMeta | null, selectors: Selectors): last is SnapshotMeta =>
  last !== null && keyOf(last.selectors) === keyOf(selectors)

/**
 * The request for a document: conditional (the last snapshot's validators) when its
 * selectors are those of the last snapshot; after a change of selectors the page is
 * fetched in full, so that its text can be extracted anew.
 */
export const requestFor = ({
  url,
  selectors = {},
  last,
}: {
  url: string
  selectors?: Selectors
  last: SnapshotMeta | null
}): DocumentRequest => ({
  url,
  language: selectors.language ?? null,
  ...(isSameSelectors(last, selectors) ? { validators: last.validators } : {}),
})

/**
 * Compares a fetch with the last snapshot: extracts the text (with `selectors`, through
 * `extract`: the watch's extractor worker, `createExtractor`) and compares its hash; with
 * `shouldListLinks`, a fetched HTML page's links come along. Where a redirect led is for
 * the caller to judge against the vendor's domains (`moved` or a new source).
 */
export const compareFetched = async ({
  result,
  selectors = {},
  last,
  extract,
  shouldListLinks = false,
}: {
  result: FetchResult
  selectors?: Selectors
  last: SnapshotMeta | null
  extract: ExtractText
  shouldListLinks?: boolean
}): Promise<Comparison> => {
  if (result.outcome === 'blocked') {
    const { outcome: _outcome, url: _url, ...blocked } = result
    return { ...blocked, status: 'blocked' }
  }
  if (result.outcome === 'failed') {
    const { finalUrl, code, message, isTransient } = result
    return { status: 'failed', finalUrl, code, message, isTransient }
  }
  const { finalUrl, redirects } = result
  if (result.outcome === 'not-modified') {
    return { status: 'unchanged', finalUrl, redirects, validators: result.validators }
  }
  const linksBase = shouldListLinks ? { linksBase: finalUrl } : {}
  const extraction = await extract({ ...result, selectors, ...linksBase })
  if (extraction.outcome === 'failed') {
    const { code, message } = extraction
    return { status: 'failed', finalUrl, code, message, isTransient: false }
  }
  const { text, textHash, links } = extraction
  const linked: Linked = links ? { links } : {}
  const fetched = { httpStatus: result.status, finalUrl, redirects, validators: result.validators }
  if (last === null) return { ...fetched, ...linked, status: 'new', text, textHash }
  // Other settings: a new baseline made with them, even of the same text (so that the next
  // check is conditional again).
  if (!isSameSelectors(last, selectors))
    return { ...fetched, ...linked, status: 'rebaselined', text, textHash }
  if (last.textHash === textHash)
    return { finalUrl, redirects, validators: result.validators, ...linked, status: 'unchanged' }
  return { ...fetched, ...linked, status: 'changed', text, textHash }
}
