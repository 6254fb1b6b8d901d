import type { Provider } from '../payload-types'
import { pageFromProvider } from '../mapping/pageFromProvider'
import { renderPage } from '../markdown/renderPage'

/**
 * True when importing the page would change nothing that export shows: the stored
 * latest revision has the review state and status the import would give it, and
 * renders to exactly the page's bytes. Pure.
 */
export const isStoredPage = ({
  provider,
  text,
  isDone,
}: {
  provider: Provider
  text: string
  isDone: boolean
}): boolean => {
  const isPublished = provider._status === 'published'
  if (isPublished !== isDone) return false
  if (provider.reviewState !== (isDone ? 'approved' : 'draft')) return false
  return renderPage(pageFromProvider({ provider, isPublished })) === text
}
