import path from 'node:path'
import type { Payload } from 'payload'

import { env } from '../env'
import { exportCommitMessage } from './exportCommitMessage'
import { manifestPath, slugOfPagePath } from './siteFiles'
import type { GitCommitResult } from './gitCommit'
import { gitCommit } from './gitCommit'
import { loadApprovals } from './loadApprovals'

const mailAddress = (from: string): string => from.match(/<([^>]+)>/)?.[1] ?? from

/**
 * Commits what one export wrote or removed, plus the manifest, in the site's repository,
 * naming each provider's approving reviewer. No pages changed: no commit (a manifest-only
 * change rides along with the next export that changes pages). The commit identity is the
 * repository's; only when it has none, `provider-desk <MAIL_FROM address>` is used.
 */
export const commitExport = async ({
  payload,
  siteDir,
  written,
  removed,
  startedBy,
  exportId,
}: {
  payload: Payload
  siteDir: string
  written: readonly string[]
  removed: readonly string[]
  startedBy: string
  exportId: string
}): Promise<GitCommitResult> => {
  const isEmpty = written.length + removed.length === 0
  const approvals = await loadApprovals({ payload, slugs: written.map(slugOfPagePath) })
  return gitCommit({
    siteDir,
    paths: isEmpty ? [] : [...written, ...removed, path.basename(manifestPath(siteDir))],
    message: exportCommitMessage({ written, removed, approvals, startedBy, exportId }),
    fallbackName: 'provider-desk',
    fallbackEmail: mailAddress(env().MAIL_FROM),
  })
}
