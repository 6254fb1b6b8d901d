import type { Payload } from 'payload'

import { loadCandidates } from '../../src/reminders/loadCandidates'
import { runReminders } from '../../src/reminders/runReminders'
import { benchNow } from '../../tests/helpers/benchPage'
import { queryPlanOf } from '../queryPlanOf'

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const timeRepeated = async (run: () => Promise<unknown>, times: number): Promise<number> => {
  const durations: number[] = []
  for (let round = 0; round < times; round += 1) {
    const startedAt = performance.now()
    await run()
    durations.push(performance.now() - startedAt)
  }
  return median(durations)
}

/**
 * The staleness scan on the bench's `now`: the candidate query (`loadCandidates`)
 * and a `runReminders` dry run, each the median of 7 runs after one warm-up, and
 * the SQLite plan of the candidate query.
 */
export const scanTask = async ({ payload }: { payload: Payload; args: object }) => {
  const { plan, sql } = await queryPlanOf({
    payload,
    needle: '"_providers_v"."version_updated" <=',
    run: () => loadCandidates({ payload, now: benchNow }),
  })
  const candidates = await loadCandidates({ payload, now: benchNow })
  const total = (await payload.count({ collection: 'providers' })).totalDocs
  const candidatesMs = await timeRepeated(() => loadCandidates({ payload, now: benchNow }), 7)
  const dryRunMs = await timeRepeated(
    () => runReminders({ payload, now: benchNow, isDryRun: true }),
    7,
  )
  return { total, candidates: candidates.length, candidatesMs, dryRunMs, plan, sql }
}
