/**
 * Keeps package-lock.json usable by `npm ci` on machines whose registry mirror lacks
 * other platforms' builds of optional packages (@next/swc-darwin-*, @rollup/rollup-win32-* …).
 * `npm install` silently drops what it cannot fetch, and `npm ci` then refuses the lock.
 * This adds the missing optional entries with their platform fields, so `npm ci` skips
 * them as "other platform" without fetching them.
 *
 *   npx tsx scripts/completeLockfile.ts          # fix the lock (run after npm install)
 *   npx tsx scripts/completeLockfile.ts --check  # exit 1 when entries are missing
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

type Entry = {
  version?: string
  dev?: boolean
  optional?: boolean
  os?: string[]
  cpu?: string[]
  libc?: string[]
  optionalDependencies?: Record<string, string>
}

/** Platform suffixes of the native packages Next and Rollup publish. */
const platforms: Record<string, Pick<Entry, 'os' | 'cpu' | 'libc'>> = {
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
  'win32-ia32-msvc': { os: ['win32'], cpu: ['ia32'] },
  'win32-x64-gnu': { os: ['win32'], cpu: ['x64'] },
  'android-arm-eabi': { os: ['android'], cpu: ['arm'] },
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'android-x64': { os: ['android'], cpu: ['x64'] },
  'freebsd-arm64': { os: ['freebsd'], cpu: ['arm64'] },
  'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
  'linux-arm-gnueabihf': { os: ['linux'], cpu: ['arm'], libc: ['glibc'] },
  'linux-arm-musleabihf': { os: ['linux'], cpu: ['arm'], libc: ['musl'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-loong64-gnu': { os: ['linux'], cpu: ['loong64'], libc: ['glibc'] },
  'linux-loong64-musl': { os: ['linux'], cpu: ['loong64'], libc: ['musl'] },
  'linux-ppc64-gnu': { os: ['linux'], cpu: ['ppc64'], libc: ['glibc'] },
  'linux-ppc64-musl': { os: ['linux'], cpu: ['ppc64'], libc: ['musl'] },
  'linux-riscv64-gnu': { os: ['linux'], cpu: ['riscv64'], libc: ['glibc'] },
  'linux-riscv64-musl': { os: ['linux'], cpu: ['riscv64'], libc: ['musl'] },
  'linux-s390x-gnu': { os: ['linux'], cpu: ['s390x'], libc: ['glibc'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'openbsd-x64': { os: ['openbsd'], cpu: ['x64'] },
  'openharmony-arm64': { os: ['openharmony'], cpu: ['arm64'] },
}

const file = path.resolve(import.meta.dirname, '..', 'package-lock.json')
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, Entry> }
const added: string[] = []
const unknown: string[] = []

for (const [where, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ''}node_modules/${name}`
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue
    const platform = Object.entries(platforms).find(([suffix]) => name.endsWith(`-${suffix}`))?.[1]
    if (!platform) {
      unknown.push(name)
      continue
    }
    // Keys in npm's own order: version first, then alphabetical.
    lock.packages[`node_modules/${name}`] = {
      version,
      cpu: platform.cpu,
      ...(entry.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      os: platform.os,
    }
    added.push(`${name}@${version}`)
  }
}

if (unknown.length) {
  process.stderr.write(
    `No platform known for: ${unknown.join(', ')}. Add it to scripts/completeLockfile.ts.\n`,
  )
  process.exitCode = 1
}
if (process.argv.includes('--check')) {
  if (added.length) {
    process.stderr.write(
      `package-lock.json lacks ${added.length} optional platform packages (npm ci would refuse it). Run: npx tsx scripts/completeLockfile.ts\n`,
    )
    process.exitCode = 1
  }
} else if (added.length) {
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1,
    ),
  )
  writeFileSync(file, JSON.stringify({ ...lock, packages: sorted }, null, 2) + '\n')
  process.stdout.write(`Added ${added.length} platform entries to package-lock.json.\n`)
}
