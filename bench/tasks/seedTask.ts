import type { Payload } from 'payload'

import { seedProviders } from '../seedProviders'

/** Seeds the task's database up to `total` providers. */
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
    onProgress: (done) => process.stderr.write(`  seeded ${done}/${args.total}\r`),
  })
  process.stderr.write('\n')
  return { ms: performance.now() - startedAt }
}
