import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { holderHere, releasePidFile, takePidFileLock } from './pidFileLock'

/**
 * Builds the admin (`next build --webpack`) when there is no build yet or the
 * sources it was built from changed. The stamp is a hash of those sources.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = path.join(root, '.next', 'provider-desk-build.stamp')
const inputs = [
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'collections',
  'hooks',
  'src',
]

/** Run by node directly, never bundled by Next: changing them needs no new build. */
const notBundled = new Set(['src/cli', 'src/start.ts', 'src/build.ts', 'src/server.ts'])

const listFiles = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full) || notBundled.has(entry)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((child) => listFiles(path.join(entry, child)))
}

export const sourceHash = (): string => {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(listFiles)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

export const isBuildCurrent = (): boolean =>
  existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === sourceHash()

export const buildAdmin = async (): Promise<void> => {
  const startedAt = Date.now()
  process.stderr.write('Building the admin UI (next build --webpack, about 2 minutes)…\n')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/next/dist/bin/next'), 'build', '--webpack'],
      {
        cwd: root,
        stdio: ['ignore', process.stderr, process.stderr],
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      },
    )
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`next build failed with exit code ${code}; see the output above`)),
    )
  })
  // Hashed after the build: Next may normalise tsconfig.json while it builds.
  writeFileSync(stampFile, sourceHash())
  process.stderr.write(`Admin built in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.\n`)
}

const buildLock = path.join(root, '.next-build.lock')

/** Runs `work` while holding the build lock (src/pidFileLock.ts); a lock whose process died is taken over. */
const withBuildLock = async (work: () => Promise<void>): Promise<void> => {
  await takePidFileLock({ file: buildLock, holder: holderHere(), waitMs: Infinity, pollMs: 1_000 })
  try {
    await work()
  } finally {
    await releasePidFile(buildLock)
  }
}

/** Builds when needed; concurrent callers (two test runs, two starts) build once. */
export const ensureBuild = async (): Promise<void> => {
  if (isBuildCurrent()) return
  await withBuildLock(async () => {
    if (!isBuildCurrent()) await buildAdmin()
  })
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  buildAdmin().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(1)
  })
}
