/**
 * Which of provider-desk's own files two flows run, measured rather than read: V8's
 * precise coverage counts every function call, and the files with a call inside a
 * flow's window are the files that flow crosses. Modules loaded earlier and code that
 * only ran at start do not count; a file counts once, however often the flow returns.
 *
 *   npx tsx scripts/traceFiles.ts
 *
 * The two flows are the traces of decision 0010:
 * - export: `POST /api/exports` (through Payload's `handleEndpoints`, as the Next route
 *   calls it) until the page is on disk and committed;
 * - source line: importing a page with a "Quellen" line the rule rejects, and the
 *   editor's submission that its finding refuses (drafts save with it, decision 0003).
 * The HTTP front (`src/server.ts`, the Next route file) is not in the window: every
 * request crosses it, and it runs outside this process's Payload.
 * Works on a throwaway database and site folder of its own (the tests' helpers make them);
 * writes nothing else.
 */
import { rmSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { approvePages } from '../tests/helpers/approvePages'
import { git } from '../tests/helpers/git'
import { fixturePagesDir } from '../tests/helpers/providerPages'
import { makeSite } from '../tests/helpers/sitePages'
import { makeTestEnv } from '../tests/helpers/testEnv'
import { createLocalUser, testPassword } from '../tests/helpers/users'

const root = path.resolve(import.meta.dirname, '..')
const testEnv = makeTestEnv('trace')
const siteDir = makeSite({ files: { 'README.md': '# Die Website\n' } })
Object.assign(process.env, testEnv.vars, {
  LOG_LEVEL: 'error',
  SITE_DIR: siteDir,
  EXPORT_GIT_COMMIT: 'true',
})

type Coverage = {
  result: { url: string; functions: { ranges: { count: number }[] }[] }[]
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false })

/** The project files with a function call since the last take (each take resets the counts). */
const takeCalledFiles = async (): Promise<Set<string>> => {
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as Coverage
  const files = new Set<string>()
  for (const script of result) {
    if (!script.url.startsWith(pathToFileURL(root).href)) continue
    const file = path.relative(root, fileURLToPath(script.url))
    if (file.startsWith('node_modules') || file.startsWith('.next')) continue
    if (script.functions.some((fn) => (fn.ranges[0]?.count ?? 0) > 0)) files.add(file)
  }
  return files
}

const { openPayload } = await import('../src/db/openPayload')
const { importPages } = await import('../src/import/importPages')
const { handleEndpoints } = await import('payload')

const payload = await openPayload()
const editor = await createLocalUser({ payload, email: 'edda@example.test', roles: ['editor'] })
await createLocalUser({ payload, email: 'paula@example.test', roles: ['publisher'] })
const { token } = await payload.login({
  collection: 'users',
  data: { email: 'paula@example.test', password: testPassword },
})

for (const args of [
  ['init', '--quiet', '--initial-branch=main'],
  ['config', 'user.name', 'Site'],
  ['config', 'user.email', 'site@example.test'],
  ['add', '--all'],
  ['commit', '--quiet', '-m', 'start'],
])
  git({ cwd: siteDir, args })

const page = path.join(fixturePagesDir, 'session.md')
const traces: Record<string, Set<string>> = {}
const union = (...sets: Set<string>[]) => new Set(sets.flatMap((set) => [...set]))

// The source line, part one: the import (its save, the rule, the import report's findings).
await takeCalledFiles()
const report = await importPages({ payload, paths: [page] })
const imported = await takeCalledFiles()
const rejected = report.files[0]?.findings.filter((finding) => finding.code.startsWith('source.'))
if (!rejected?.length) throw new Error('the fixture page no longer has a rejected "Quellen" line')

// Not traced: the page approved as test setup (an import is no approval, decision 0012).
await approvePages({ payload, slugs: ['session'] })

// The export: the request, the queued job, the page on disk and the commit.
await takeCalledFiles()
const response = await handleEndpoints({
  config: payload.config,
  request: new Request('http://localhost:3000/api/exports', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  }),
})
if (response.status !== 202) throw new Error(`POST /api/exports: ${response.status}`)
const { doc } = (await response.json()) as { doc: { id: string } }
for (;;) {
  const record = await payload.findByID({ collection: 'exports', id: doc.id, depth: 0 })
  if (['succeeded', 'partial', 'failed'].includes(record.status)) {
    if (record.status !== 'succeeded' || !record.commit)
      throw new Error(`the export ended ${record.status}: ${JSON.stringify(record.errors)}`)
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
}
traces.export = await takeCalledFiles()

// The source line, part two: the editor's submission of the page, which its finding refuses.
const provider = (
  await payload.find({ collection: 'providers', where: { slug: { equals: 'session' } } })
).docs[0]!
await takeCalledFiles()
const refusal = await payload
  .update({
    collection: 'providers',
    id: provider.id,
    data: { reviewState: 'in_review' },
    user: editor,
    overrideAccess: false,
  })
  .then(
    () => undefined,
    (err: unknown) => err,
  )
if (!refusal) throw new Error('the submission went through despite the rejected "Quellen" line')
traces['source line'] = union(imported, await takeCalledFiles())

await payload.destroy()
testEnv.cleanup()
rmSync(siteDir, { recursive: true, force: true })

for (const [name, files] of Object.entries(traces)) {
  const sorted = [...files].sort()
  console.log(`${name}: ${sorted.length} files`)
  for (const file of sorted) console.log(`  ${file}`)
}
process.exit(0)
