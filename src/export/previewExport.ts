import type { Payload } from 'payload'

import { readManifest } from './siteFiles'
import { planExport } from './planExport'
import { unifiedDiff } from './unifiedDiff'

export type PreviewChange = 'new' | 'changed' | 'removed'

export type PreviewPage = { path: string; slug: string; change: PreviewChange; diff: string }

export type ExportPreview = { pages: PreviewPage[]; unchanged: number }

/**
 * What an export to `siteDir` would change, page by page, each with a unified diff
 * against the file on disk. Reads only: nothing is written and no lock is taken.
 */
export const previewExport = async ({
  payload,
  siteDir,
  isPrune = false,
}: {
  payload: Payload
  siteDir: string
  isPrune?: boolean
}): Promise<ExportPreview> => {
  const manifest = await readManifest(siteDir)
  const plan = await planExport({ payload, siteDir, manifest, isPrune, withCurrent: true })
  const pages: PreviewPage[] = []
  for (const page of plan.pages) {
    if (page.state === 'unchanged' || page.content === null) continue
    pages.push({
      path: page.path,
      slug: page.slug,
      change: page.state,
      diff: unifiedDiff({ path: page.path, before: page.current, after: page.content }),
    })
  }
  for (const removal of plan.removals) {
    pages.push({
      path: removal.path,
      slug: removal.slug,
      change: 'removed',
      diff: unifiedDiff({ path: removal.path, before: removal.current, after: null }),
    })
  }
  return { pages, unchanged: plan.pages.length - (pages.length - plan.removals.length) }
}
