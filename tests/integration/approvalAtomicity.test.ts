import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import type { TestEnv } from '../helpers/testEnv'
import { findUnrecordedPublications } from '../../src/workflow/reviewLog'
import { runCli } from '../helpers/cli'
import { fixturePagesDir } from '../helpers/providerPages'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createLocalUser } from '../helpers/users'

const root = path.resolve(import.meta.dirname, '..', '..')
const reviewerEmail = 'rita@example.test'
const providerCount = 10

let payload: Payload
let testEnv: TestEnv
let editor: User
const providers: string[] = []

/** Approves in a child process that kills itself with SIGKILL after statement `killAt`. */
const approveInChild = (args: { providerId: string; killAt?: number }) =>
  new Promise<{ signal: string | null; code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/approveUntilKilled.ts'],
        {
          cwd: root,
          env: {
            ...process.env,
            ...testEnv.vars,
            PROVIDER_ID: args.providerId,
            REVIEWER_EMAIL: reviewerEmail,
            ...(args.killAt === undefined ? {} : { KILL_AT: String(args.killAt) }),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))
    },
  )

/** Fully approved (published version, `updated`, empty `editedBy`, its review record) or not at all. */
const expectWholeOrNothing = async (id: string) => {
  const latest = await payload.findByID({ collection: 'providers', id, draft: true, depth: 0 })
  const { docs: published } = await payload.find({
    collection: 'providers',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
  })
  const { docs: approvals } = await payload.find({
    collection: 'reviews',
    where: { and: [{ provider: { equals: id } }, { outcome: { equals: 'approved' } }] },
    depth: 0,
  })
  if (published.length === 0) {
    expect(latest).toMatchObject({ reviewState: 'in_review', _status: 'draft' })
    expect(approvals).toEqual([])
    return 'not approved'
  }
  const { docs: versions } = await payload.findVersions({
    collection: 'providers',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  expect(latest).toMatchObject({ reviewState: 'approved', _status: 'published', editedBy: [] })
  expect(published[0]?.updated?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
  expect(approvals.map((review) => review.version)).toEqual([versions[0]?.id])
  return 'approved'
}

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('approval-atomicity'))
  editor = await createLocalUser({ payload, email: 'edda@example.test', roles: ['editor'] })
  await createLocalUser({ payload, email: reviewerEmail, roles: ['reviewer'] })
  for (let index = 0; index < providerCount + 2; index += 1) {
    const provider = await payload.create({
      collection: 'providers',
      data: sessionProviderData({ slug: `atomic-${index}`, citations: [{ url: vendorSourceUrl }] }),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'providers',
      id: provider.id,
      data: { reviewState: 'in_review' },
      user: editor,
      overrideAccess: false,
    })
    providers.push(provider.id)
  }
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('an approval is atomic', () => {
  it('leaves each profile fully approved or not at all after kill -9 at many offsets', async () => {
    const calibration = await approveInChild({ providerId: providers[0]! })
    expect(calibration.code, calibration.stderr).toBe(0)
    const { statements } = JSON.parse(calibration.stdout) as { statements: number }
    expect(statements).toBeGreaterThan(5)
    const outcomes: string[] = [await expectWholeOrNothing(providers[0]!)]
    for (let index = 1; index < providerCount; index += 1) {
      const killAt = Math.max(1, Math.round((index * statements) / providerCount))
      const run = await approveInChild({ providerId: providers[index]!, killAt })
      // tsx runs the script in a process of its own and reports its SIGKILL as 128 + 9.
      expect({
        isKilled: run.signal === 'SIGKILL' || run.code === 137,
        stderr: run.stderr,
      }).toEqual({ isKilled: true, stderr: '' })
      outcomes.push(await expectWholeOrNothing(providers[index]!))
    }
    expect(outcomes[0]).toBe('approved')
    expect(outcomes).toContain('not approved')
    expect(await findUnrecordedPublications(payload)).toEqual([])
    // Eleven child processes, each opening Payload: minutes on a busy two-core machine.
  }, 600_000)

  it('runs concurrent writes of one process one transaction at a time, none refused as busy', async () => {
    const edits = await Promise.allSettled(
      Array.from({ length: 8 }, (_, index) =>
        payload.update({
          collection: 'providers',
          id: providers[providerCount + (index % 2)]!,
          data: { description: `Gleichzeitig ${index}` },
          user: editor,
          overrideAccess: false,
        }),
      ),
    )
    expect(edits.filter((edit) => edit.status === 'rejected')).toEqual([])
  })

  it('lets another process write while this one writes (SQLite busy timeout on every connection)', async () => {
    const [imported] = await Promise.all([
      runCli({
        args: ['import', path.join(fixturePagesDir, 'session.md'), '--json'],
        env: testEnv.vars,
      }),
      ...Array.from({ length: 5 }, (_, index) =>
        payload.update({
          collection: 'providers',
          id: providers[providerCount]!,
          data: { description: `Parallel ${index}` },
          user: editor,
          overrideAccess: false,
        }),
      ),
    ])
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.json.imported).toBe(1)
  })
})
