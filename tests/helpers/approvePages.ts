import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'

import { importPages } from '../../src/import/importPages'

const root = path.resolve(import.meta.dirname, '..', '..')

/**
 * Test setup: each named provider's latest revision as if a second person had approved
 * it — published, with its approval record — so a test of what export, the watch or lint
 * do with an approved page can start from an imported one. An import is no approval
 * (docs/decisions/0012), and the seed page's errors would block a real one; the approval
 * itself (four eyes, errors, the record in one transaction) is tested in the workflow
 * tests. System work through the Local API: the page's `updated` stays as imported.
 */
export const approvePages = async ({
  payload,
  slugs,
}: {
  payload: Payload
  /** Every provider when not given. */
  slugs?: readonly string[]
}): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'providers',
    where: slugs ? { slug: { in: [...slugs] } } : {},
    draft: true,
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  for (const { id } of docs) {
    await payload.update({
      collection: 'providers',
      id,
      data: { reviewState: 'approved', _status: 'published' },
      draft: false,
      depth: 0,
      context: { isImport: true },
    })
    const { docs: versions } = await payload.findVersions({
      collection: 'providers',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
    })
    await payload.create({
      collection: 'reviews',
      data: {
        provider: id,
        version: String(versions[0]!.id),
        outcome: 'approved',
        comment: 'test setup',
        reviewedAt: new Date().toISOString(),
        editors: [],
      },
    })
  }
}

/** Imports the pages and approves every provider they hold (`approvePages`). */
export const importApproved = async ({
  payload,
  paths,
  now,
}: {
  payload: Payload
  paths: readonly string[]
  now?: Date
}) => {
  const report = await importPages({ payload, paths, now })
  const slugs = report.files.flatMap((file) => (file.status === 'imported' ? [file.slug] : []))
  await approvePages({ payload, slugs })
  return report
}

/** Runs `databaseSetupMain.ts` with `args` on the database `env` names, in a process of its own. */
export const setUpInProcess = ({
  env,
  args,
}: {
  env: Record<string, string>
  args: readonly string[]
}): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'tests/helpers/databaseSetupMain.ts'),
        ...args,
      ],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`test setup ${args[0]} failed (${code}):\n${stderr}`)),
    )
  })

/** `approvePages` on the database `env` names, in a process of its own. */
export const approvePagesInProcess = ({
  env,
  slugs = [],
}: {
  env: Record<string, string>
  slugs?: readonly string[]
}): Promise<void> => setUpInProcess({ env, args: ['approve', ...slugs] })
