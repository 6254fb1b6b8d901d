import type { Payload } from 'payload'

import type { Export } from '../payload-types'
import { acquireExportLock } from './siteLock'
import { checkTarget } from './siteFiles'
import { failInterruptedExports } from './failInterruptedExports'

/**
 * The start every recorded export shares: checks the target, takes the site's lock
 * (waiting up to `lockWaitMs`), marks runs a crash left behind as interrupted, and
 * records the new run. Returns the record and the lock's release; on failure the
 * lock is released again.
 */
export const openExportRun = async ({
  payload,
  siteDir,
  lockedBy,
  lockWaitMs,
  data,
}: {
  payload: Payload
  siteDir: string
  lockedBy: string
  lockWaitMs: number
  data: Pick<Export, 'startedBy' | 'status' | 'by'>
}): Promise<{ record: Export; release: () => Promise<void> }> => {
  await checkTarget({ siteDir, isCheck: false })
  const release = await acquireExportLock({ siteDir, by: lockedBy, waitMs: lockWaitMs })
  try {
    await failInterruptedExports({ payload, target: siteDir })
    // System write (on a person's behalf for admin runs): the exports collection is closed to people.
    const record = await payload.create({
      collection: 'exports',
      data: { ...data, startedAt: new Date().toISOString(), target: siteDir },
    })
    return { record, release }
  } catch (err) {
    await release()
    throw err
  }
}
