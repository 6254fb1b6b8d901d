import { changeExcerpt } from './diffText'
import { extractText } from './extractText'
import type { Selectors } from './extractText'
import type { Fetcher, FetchResult, Redirect, Validators } from './fetcher'

/** What the last snapshot of a document recorded, as far as a check needs it. */
export type LastSnapshot = {
  text: string
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

/**
 * One check of one document against its last snapshot. `new`, `changed` and
 * `rebaselined` carry the text for a new snapshot; `rebaselined` is a change that comes
 * from changed selectors, stored without alerting anyone.
 */
export type Check =
  | (Fetched & { status: 'new' | 'rebaselined'; text: string; textHash: string })
  | (Fetched & { status: 'changed'; text: string; textHash: string; excerpt: string })
  | { status: 'unchanged'; finalUrl: string; redirects: Redirect[]; validators: Validators }
  | { status: 'failed'; finalUrl: string; code: string; message: string; isTransient: boolean }
  | (Omit<Extract<FetchResult, { outcome: 'blocked' }>, 'outcome' | 'url'> & { status: 'blocked' })

const keyOf = ({ select = [], remove = [] }: Selectors) => JSON.stringify([select, remove])

/**
 * Fetches a document (conditionally, when its selectors are those of the last snapshot)
 * and compares its text with the last snapshot's. Where a redirect led is for the caller
 * to judge against the vendor's domains (`moved` or a new source).
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
  const isSameSelectors = last !== null && keyOf(last.selectors) === keyOf(selectors)
  const validators = isSameSelectors ? last.validators : undefined
  const result = await fetcher.fetchDocument({ url, validators })
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
  if (!isSameSelectors) return { ...fetched, status: 'rebaselined', text, textHash }
  const excerpt = changeExcerpt({ before: last.text, after: text })
  return { ...fetched, status: 'changed', text, textHash, excerpt }
}
