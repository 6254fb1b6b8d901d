type Release = () => Promise<void>

/**
 * Hands the site lock from the request that queued an export to the job that runs it
 * (same process: `startExport` runs the job right away). Kept on `globalThis` so every
 * bundle of the server (Next's route handlers, the jobs runner) sees the same map.
 */
const key = Symbol.for('provider-desk.parkedExportLocks')

const parked = (): Map<string, Release> => {
  const holder = globalThis as typeof globalThis & { [key]?: Map<string, Release> }
  holder[key] ??= new Map()
  return holder[key]
}

export const parkLock = ({ exportId, release }: { exportId: string; release: Release }): void => {
  parked().set(exportId, release)
}

/** The parked lock of an export, removed from the map; `null` when none is parked here. */
export const takeParkedLock = (exportId: string): Release | null => {
  const release = parked().get(exportId) ?? null
  parked().delete(exportId)
  return release
}
