/**
 * Child process of the approval atomicity test: approves one provider as a reviewer
 * (Local API, overrideAccess: false, with `approvedRevision`) and kills itself with
 * SIGKILL right after the `KILL_AT`-th SQL statement of the approval, as a crash at
 * that point would. Without `KILL_AT` it approves and prints the statement count.
 */
import { openPayload } from '../../src/db/openPayload'

type Statement = unknown
type Executor = {
  execute: (...args: Statement[]) => Promise<unknown>
  batch: (...args: Statement[]) => Promise<unknown>
}

const killAt = Number(process.env.KILL_AT ?? 'Infinity')
let count = 0
const counted = <T extends (...args: Statement[]) => Promise<unknown>>(run: T): T =>
  (async (...args: Statement[]) => {
    const result = await run(...args)
    count += 1
    if (count >= killAt) process.kill(process.pid, 'SIGKILL')
    return result
  }) as T

const countStatements = (target: Executor) => {
  target.execute = counted(target.execute.bind(target))
  target.batch = counted(target.batch.bind(target))
}

const main = async () => {
  const payload = await openPayload()
  const providerId = process.env.PROVIDER_ID!
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: process.env.REVIEWER_EMAIL } },
    overrideAccess: true,
  })
  const draft = await payload.findByID({
    collection: 'providers',
    id: providerId,
    draft: true,
    depth: 0,
  })
  const client = (
    payload.db as unknown as {
      client: Executor & { transaction: (...a: Statement[]) => Promise<Executor> }
    }
  ).client
  countStatements(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: Statement[]) => {
    const tx = await transaction(...args)
    countStatements(tx)
    return tx
  }
  await payload.update({
    collection: 'providers',
    id: providerId,
    data: { reviewState: 'approved', approvedRevision: draft.updatedAt } as never,
    user: docs[0],
    overrideAccess: false,
  })
  process.stdout.write(JSON.stringify({ statements: count }) + '\n')
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(3)
})
