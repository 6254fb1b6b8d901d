import type { Audit, Provider, Source } from '../payload-types'
import { pageFromProvider } from '../export/pageFromProvider'
import { renderPage } from '../markdown/renderPage'

/**
 * True when importing the page would change nothing that export shows: the stored
 * latest revision has the review state and status the import would give it, and
 * renders, with its sources and audits, to exactly the page's bytes. Pure.
 */
export const isStoredPage = ({
  provider,
  sources,
  audits,
  text,
  isDone,
}: {
  provider: Provider
  sources: readonly Source[]
  audits: readonly Audit[]
  text: string
  isDone: boolean
}): boolean => {
  const isPublished = provider._status === 'published'
  if (isPublished !== isDone) return false
  if (provider.reviewState !== (isDone ? 'approved' : 'draft')) return false
  return renderPage(pageFromProvider({ provider, sources, audits, isPublished })) === text
}
