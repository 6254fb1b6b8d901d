import type { Payload } from 'payload'

import { analyzeSqlite } from '../../src/db/sqlite'
import { seedProviders } from '../../tests/helpers/seedProviders'
import { benchDir } from '../benchDir'

/**
 * Seeds the task's database up to `total` providers, then gathers SQLite's statistics
 * as the importer does after a bulk import (the copies bypass the importer).
 */
export const seedTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { total: number; staleEvery: number }
}) => {
  const startedAt = performance.now()
  await seedProviders({
    payload,
    ...args,
    workDir: benchDir,
    onProgress: (done) => process.stderr.write(`  seeded ${done}/${args.total}\r`),
  })
  process.stderr.write('\n')
  await analyzeSqlite({ payload })
  return { ms: performance.now() - startedAt }
}
