/** The tasks `bench/task.ts` runs in a child process. */
export const taskNames = [
  'seed',
  'exportSite',
  'exportFloor',
  'importPages',
  'importFloor',
  'scan',
  'watchSeed',
  'watchFloor',
  'watch',
  'evidenceSeed',
  'evidenceSave',
] as const

export type TaskName = (typeof taskNames)[number]
