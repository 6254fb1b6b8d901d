import { DeskError } from '../errors'

/** Who holds a site's export lock, as its lock file records it. */
/** Who holds a site's export lock; `exportId` once the run's record exists (the job adopts the lock by it). */
export type LockHolder = {
  pid: number
  host: string
  startedAt: string
  by: string
  exportId?: string
}

/** The site folder is missing or not writable; export never creates a site from nothing. */
export class ExportTargetError extends DeskError {
  declare readonly code: 'export.bad-target'
  constructor(message: string) {
    super({ code: 'export.bad-target', status: 400, isExpected: true, message })
  }
}

/** The site's export manifest is damaged; the message says how to restore or reset it. */
export class ManifestError extends DeskError {
  declare readonly code: 'export.bad-manifest'
  constructor(message: string) {
    super({ code: 'export.bad-manifest', status: 409, isExpected: true, message })
  }
}

/** Another export to the same site holds its lock. */
export class ExportBusyError extends DeskError {
  declare readonly code: 'export.busy'
  constructor(
    readonly siteDir: string,
    readonly holder: LockHolder,
  ) {
    super({
      code: 'export.busy',
      status: 409,
      isExpected: true,
      mayBeTransient: true,
      message: `Another export to ${siteDir} is running (started ${holder.startedAt} by ${holder.by}, pid ${holder.pid} on ${holder.host}). Wait for it to finish and try again.`,
    })
  }
}

/** The pages are written, but the site folder is no git work tree: the run records why it made no commit. */
export class GitCommitSkipped extends DeskError {
  declare readonly code: 'export.git.not-a-work-tree'
  constructor(message: string) {
    super({ code: 'export.git.not-a-work-tree', status: 400, isExpected: true, message })
  }
}

/** A git command failed; its output goes to the log, not to the publisher. */
export class GitError extends DeskError {
  declare readonly code: 'export.git.failed'
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | string | null,
    readonly stderr: string,
  ) {
    super({
      code: 'export.git.failed',
      status: 500,
      isExpected: false,
      message: `git ${args.join(' ')} failed (${exitCode ?? 'no exit code'}): ${stderr.trim()}`,
    })
  }
}
