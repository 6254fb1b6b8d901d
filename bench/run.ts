/**
 * `npm run bench [-- --quick] [-- --only export|import|scan|rest|admin|watch|evidence|startup[,…]] [-- --reuse-seeds]`:
 * the goals of issues 14 and 13, of claim-level evidence (issue 26) and of the startup, one line
 * each with its ratio and whether it is met, every one measured beside its floor (or the same
 * figure at a smaller size, or the same work without evidence) in the same run.
 * For the watch and evidence sections, `--cpu-prof` writes CPU profiles of their watch runs
 * into bench/.work/profiles/, and `--watch-pause-ms N` sets the per-host pause (default 20).
 * Progress goes to stderr, figures to stdout. See docs/benchmarks.md.
 */
import os from 'node:os'
import path from 'node:path'

import { benchDir } from './benchDir'
import { prepareSeeds, prepareSmallSeed } from './prepareSeeds'
import { progress } from './progress'
import { adminSection } from './sections/adminSection'
import { evidenceSection } from './sections/evidenceSection'
import { exportSection } from './sections/exportSection'
import { importSection } from './sections/importSection'
import { restSection } from './sections/restSection'
import { scanSection } from './sections/scanSection'
import { startupSection } from './sections/startupSection'
import { defaultPauseMs, watchSection } from './sections/watchSection'

const sections = [
  'export',
  'import',
  'scan',
  'rest',
  'admin',
  'watch',
  'evidence',
  'startup',
] as const
/** The admin list page is compared with the same page at this size. */
const tinySize = 100
type Section = (typeof sections)[number]
/** The sections that work on the big seed (startup needs only the small one; watch, evidence none). */
const bigSeedSections: readonly Section[] = ['export', 'import', 'scan', 'rest', 'admin']

const parseArgs = (argv: string[]) => {
  const isQuick = argv.includes('--quick')
  const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : null
  if (only && !only.every((name) => sections.includes(name as Section))) {
    throw new Error(`--only takes one or more of ${sections.join(', ')}, separated by commas`)
  }
  const pauseMs = argv.includes('--watch-pause-ms')
    ? Number(argv[argv.indexOf('--watch-pause-ms') + 1])
    : defaultPauseMs
  if (!Number.isInteger(pauseMs) || pauseMs < 0) {
    throw new Error('--watch-pause-ms takes a whole number of milliseconds')
  }
  return {
    sizes: (isQuick ? [200, 1000] : [1000, 10_000]) as [number, number],
    importCount: isQuick ? 100 : 500,
    watch: {
      hostCount: 20,
      docsPerHost: isQuick ? 10 : 50,
      perHostPauseMs: pauseMs,
    },
    evidence: {
      hostCount: isQuick ? 10 : 20,
      docsPerHost: isQuick ? 10 : 50,
      perHostPauseMs: pauseMs,
      saveRounds: isQuick ? 7 : 21,
    },
    cpuProfDir: argv.includes('--cpu-prof') ? path.join(benchDir, 'profiles') : null,
    isReuseSeeds: argv.includes('--reuse-seeds'),
    wanted: (name: Section) => !only || only.includes(name),
  }
}

const main = async () => {
  const startedAt = Date.now()
  const { sizes, importCount, watch, evidence, cpuProfDir, isReuseSeeds, wanted } = parseArgs(
    process.argv.slice(2),
  )
  const cpus = os.cpus().length
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(0)
  console.log(
    `provider-desk bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus} cores, ${memGiB} GiB`,
  )
  const seedSizes = { tiny: tinySize, small: sizes[0], big: sizes[1] }
  const seeds = bigSeedSections.some(wanted)
    ? await prepareSeeds(seedSizes, { isReuseSeeds })
    : null
  const smallSeed = seeds
    ? seeds.small
    : wanted('startup')
      ? await prepareSmallSeed(seedSizes, { isReuseSeeds })
      : null
  const memory: { name: string; peakRssMiB: number; note?: string }[] = []
  if (seeds && wanted('export')) {
    const result = await exportSection({ seeds, sizes })
    result.lines.forEach((line) => console.log(line))
  }
  if (seeds && wanted('import')) {
    const result = await importSection({ seeds, sizes, count: importCount })
    result.lines.forEach((line) => console.log(line))
    memory.push(...result.memory)
  }
  if (seeds && wanted('scan')) {
    const result = await scanSection({ seed: seeds.big, count: sizes[1] })
    result.lines.forEach((line) => console.log(line))
  }
  if (seeds && wanted('rest')) {
    const result = await restSection({ seeds, sizes })
    result.lines.forEach((line) => console.log(line))
  }
  if (seeds && wanted('admin')) {
    const result = await adminSection({ seeds, sizes: { tiny: tinySize, big: sizes[1] } })
    result.lines.forEach((line) => console.log(line))
  }
  if (wanted('watch')) {
    const result = await watchSection({ ...watch, cpuProfDir })
    result.lines.forEach((line) => console.log(line))
    memory.push(...result.memory)
  }
  if (wanted('evidence')) {
    const lines = await evidenceSection({ ...evidence, cpuProfDir })
    lines.forEach((line) => console.log(line))
  }
  if (smallSeed && wanted('startup')) {
    const result = await startupSection({ seed: smallSeed, count: sizes[0] })
    result.lines.forEach((line) => console.log(line))
  }
  for (const entry of memory) {
    const note = entry.note ? ` ${entry.note}` : ''
    console.log(`${`peak RSS ${entry.name}`.padEnd(34)} ${entry.peakRssMiB.toFixed(0)} MiB${note}`)
  }
  progress(`done in ${((Date.now() - startedAt) / 60_000).toFixed(1)} min`)
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
