import { changeExcerpt } from './diffText'
import { extractText } from './extractText'
import type { Selectors } from './extractText'
import type { DocumentRequest, Fetcher, FetchResult, Redirect, Validators } from './fetcher'

/** What the last snapshot of a document recorded, as far as a comparison needs it. */
export type SnapshotMeta = {
  textHash: string
  validators: Validators
  /** The selectors its text was extracted with. */
  selectors: Selectors
}

/** The last snapshot with its text, for the excerpt of a change. */
export type LastSnapshot = SnapshotMeta & { text: string }

type Fetched = {
  httpStatus: number
  finalUrl: string
  redirects: Redirect[]
  validators: Validators
}

/**
 * A fetch compared with the last snapshot. `new`, `changed` and `rebaselined` carry the
 * text for a new snapshot; `rebaselined` is a change that comes from changed selectors,
 * stored without alerting anyone. `body` is the HTML of a fetched page, for the caller
 * that checks its links.
 */
export type Comparison =
  | (Fetched & { status: 'new' | 'rebaselined'; text: string; textHash: string })
  | (Fetched & { status: 'changed'; text: string; textHash: string })
  | { status: 'unchanged'; finalUrl: string; redirects: Redirect[]; validators: Validators }
  | { status: 'failed'; finalUrl: string; code: string; message: string; isTransient: boolean }
  | (Omit<Extract<FetchResult, { outcome: 'blocked' }>, 'outcome' | 'url'> & { status: 'blocked' })

/** One check of one document: a comparison, with an excerpt when it `changed`. */
export type Check =
  | Exclude<Comparison, { status: 'changed' }>
  | (Extract<Comparison, { status: 'changed' }> & { excerpt: string })

const keyOf = ({ select = [], remove = [] }: Selectors) => JSON.stringify([select, remove])

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
}): DocumentRequest =>
  isSameSelectors(last, selectors) ? { url, validators: last.validators } : { url }

/**
 * Compares a fetch with the last snapshot: extracts the text (with `selectors`) and
 * compares its hash. Where a redirect led is for the caller to judge against the
 * vendor's domains (`moved` or a new source).
 */
export const compareFetched = async ({
  result,
  selectors = {},
  last,
}: {
  result: FetchResult
  selectors?: Selectors
  last: SnapshotMeta | null
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
  const extraction = await extractText({ ...result, selectors })
  if (extraction.outcome === 'failed') {
    const { code, message } = extraction
    return { status: 'failed', finalUrl, code, message, isTransient: false }
  }
  const { text, textHash } = extraction
  const fetched = { httpStatus: result.status, finalUrl, redirects, validators: result.validators }
  if (last === null) return { ...fetched, status: 'new', text, textHash }
  if (last.textHash === textHash)
    return { finalUrl, redirects, validators: result.validators, status: 'unchanged' }
  if (!isSameSelectors(last, selectors))
    return { ...fetched, status: 'rebaselined', text, textHash }
  return { ...fetched, status: 'changed', text, textHash }
}

/**
 * Fetches a document (conditionally, when its selectors are those of the last snapshot)
 * and compares its text with the last snapshot's.
 */
export const checkDocument = async ({
  fetcher,
  url,
  selectors = {},
  last,
}: {
  fetcher: Pick<Fetcher, 'fetchDocument'>
  url: string
  selectors?: Selectors
  last: LastSnapshot | null
}): Promise<Check> => {
  const result = await fetcher.fetchDocument(requestFor({ url, selectors, last }))
  const comparison = await compareFetched({ result, selectors, last })
  if (comparison.status !== 'changed') return comparison
  // `changed` needs a last snapshot to differ from.
  const before = last?.text ?? ''
  return { ...comparison, excerpt: changeExcerpt({ before, after: comparison.text }) }
}
