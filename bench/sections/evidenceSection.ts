import path from 'node:path'

import { benchDir } from '../benchDir'
import { copyDb, removeDb } from '../copyDb'
import { timeRelocationPairs } from '../evidence/relocationPairs'
import type { PairTiming, Relocating } from '../evidence/relocationPairs'
import { figureLine } from '../figureLine'
import { formatMs } from '../formatMs'
import { progress } from '../progress'
import { runTask } from '../runTask'
import { startStandInHosts } from '../watch/standInHosts'
import { touchedEvery } from '../watch/policyPage'

/** The watch's default (`src/watch/fetchAll.ts`). */
const maxParallelHosts = 8
const quotesPerDocument = 5
const goals = { watch: 1.1, relocate: 3, save: 1.5 }

type WatchRun = {
  first: { ms: number; counts: Record<string, number> }
  changes: { reopened: number; evidenceHeld: number }
}

/** The nearest-rank percentile `share` (0–1) of `items` by `valueOf`. */
const percentileOf = <T>(items: T[], share: number, valueOf: (item: T) => number): T => {
  const sorted = [...items].sort((a, b) => valueOf(a) - valueOf(b))
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!
}

const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : formatMs(value))

/**
 * Figure 2: re-locating a changed document's anchors against extracting its text, on the
 * real version pairs of tests/fixtures/ota, in this process (no database): the p95 of the
 * per-pair ratios, after one untimed pass to warm up. First with sentences spread over
 * the text (the figure), then with only sentences the newer version changed.
 */
const relocationLines = async () => {
  progress('evidence: relocate vs extractText over the real version pairs')
  await timeRelocationPairs({ quotesPerDocument, samples: 1 })
  const pairs = await timeRelocationPairs({ quotesPerDocument, samples: 9 })
  const figure = (name: string, pick: (pair: PairTiming) => Relocating | null) => {
    const timed = pairs.flatMap((pair) => {
      const relocating = pick(pair)
      return relocating ? [{ ...relocating, extractMs: pair.extractMs }] : []
    })
    const ratioOf = (item: { relocateMs: number; extractMs: number }) =>
      item.relocateMs / item.extractMs
    const p95 = percentileOf(timed, 0.95, ratioOf)
    return figureLine({
      name: `${name}, p95 of ${timed.length}`,
      measured: `relocate ${ms(p95.relocateMs)}`,
      floor: `extractText ${ms(p95.extractMs)}`,
      ratio: ratioOf(p95),
      goal: `goal ≤ ${goals.relocate}×`,
      isMet: ratioOf(p95) <= goals.relocate,
    })
  }
  const detail = (relocating: Relocating | null) =>
    relocating
      ? `${relocating.anchors} ${ms(relocating.relocateMs).padStart(8)} (${relocating.states.join(', ')})`
      : 'none'
  return [
    figure('relocate vs extract', (pair) => pair.spread),
    figure('  the same, changed quotes', (pair) => pair.changed),
    `  every consecutive pair of tests/fixtures/ota (real versions as micromark HTML), anchors in the approved text: ${quotesPerDocument} sentences spread over it, or ${quotesPerDocument} of those the newer version no longer has verbatim; median of 9 samples`,
    ...pairs.map(
      (pair) =>
        `    ${pair.pair.padEnd(42)} extract ${ms(pair.extractMs).padStart(8)}  relocate spread ${detail(pair.spread)}, changed ${detail(pair.changed)}`,
    ),
  ]
}

/**
 * The claim-level evidence goals of issue 26, each measured beside its floor in this run:
 * 1. the watch of changed documents with `quotesPerDocument` anchors each against the
 *    same watch without evidence (the watch seed on stand-in hosts that then serve a
 *    revision of every document; runs alternate, the faster of two counts);
 * 2. re-locating the anchors of a changed document against extracting its text (p95
 *    over the real version pairs);
 * 3. an editor's save of a provider with 50 evidence entries against the same save
 *    without (median of `saveRounds`).
 */
export const evidenceSection = async ({
  hostCount,
  docsPerHost,
  perHostPauseMs,
  saveRounds,
  cpuProfDir,
}: {
  hostCount: number
  docsPerHost: number
  perHostPauseMs: number
  saveRounds: number
  cpuProfDir: string | null
}) => {
  const relocation = await relocationLines()
  const count = hostCount * docsPerHost
  const n = count.toLocaleString('en')
  const hosts = await startStandInHosts({ hostCount, docsPerHost })
  try {
    const db = path.join(benchDir, 'evidence.db')
    removeDb(db)
    progress(`evidence: seeding ${hostCount} providers × ${docsPerHost} citations, first watch`)
    await runTask({ task: 'watchSeed', dbFile: db, args: { hostCount, docsPerHost } })
    const watchArgs = { perHostPauseMs, maxParallelHosts, isTwice: false }
    const first = await runTask<WatchRun>({
      task: 'watch',
      dbFile: db,
      env: hosts.env,
      args: watchArgs,
    })
    if (first.result.first.counts.new !== count) {
      throw new Error(`evidence: expected ${count} new sources: ${JSON.stringify(first.result)}`)
    }

    progress('evidence: saves with 50 evidence entries and without')
    const saveDb = path.join(benchDir, 'evidence-save.db')
    copyDb({ from: db, to: saveDb })
    const save = await runTask<{
      withMs: number
      withoutMs: number
      anchored: number
      rounds: number
    }>({
      task: 'evidenceSave',
      dbFile: saveDb,
      env: cpuProfDir ? { BENCH_CPU_PROF_DIR: cpuProfDir } : {},
      args: { count: 50, rounds: saveRounds, warmUps: 2 },
    })
    if (save.result.anchored !== 50) throw new Error(`evidence save: ${JSON.stringify(save)}`)

    const bases = {
      with: path.join(benchDir, 'evidence-with.db'),
      without: path.join(benchDir, 'evidence-without.db'),
    }
    for (const [kind, base] of Object.entries(bases)) {
      progress(`evidence: approving every provider ${kind} evidence`)
      copyDb({ from: db, to: base })
      const seeded = await runTask<{ entries: number }>({
        task: 'evidenceSeed',
        dbFile: base,
        args: { quotesPerDocument, isWithEvidence: kind === 'with' },
      })
      const expected = kind === 'with' ? count * quotesPerDocument : 0
      if (seeded.result.entries !== expected) {
        throw new Error(`evidence seed ${kind}: ${seeded.result.entries} anchors, not ${expected}`)
      }
    }

    hosts.serveVersion(1)
    const runDb = path.join(benchDir, 'evidence-run.db')
    const runs: Record<'with' | 'without', WatchRun[]> = { with: [], without: [] }
    for (const [round, kind] of (['without', 'with', 'with', 'without'] as const).entries()) {
      progress(`evidence: runWatch over ${count} changed documents, ${kind} evidence`)
      copyDb({ from: bases[kind], to: runDb })
      const run = await runTask<WatchRun>({
        task: 'watch',
        dbFile: runDb,
        env: { ...hosts.env, ...(cpuProfDir ? { BENCH_CPU_PROF_DIR: cpuProfDir } : {}) },
        args: { ...watchArgs, profileName: `evidence-${kind}-${round + 1}` },
      })
      if (run.result.first.counts.changed !== count) {
        throw new Error(`evidence watch: expected ${count} changed: ${JSON.stringify(run.result)}`)
      }
      runs[kind].push(run.result)
    }
    const fastest = (kind: 'with' | 'without') =>
      runs[kind].reduce((best, run) => (run.first.ms < best.first.ms ? run : best))
    const withRun = fastest('with')
    const withoutRun = fastest('without')
    const watchRatio = withRun.first.ms / withoutRun.first.ms
    const saveRatio = save.result.withMs / save.result.withoutMs
    const times = (kind: 'with' | 'without') =>
      runs[kind].map((run) => formatMs(run.first.ms)).join(' and ')
    return [
      figureLine({
        name: `evidence watch (changed), N=${n}`,
        measured: `${formatMs(withRun.first.ms)} (${quotesPerDocument} anchors each)`,
        floor: `without evidence ${formatMs(withoutRun.first.ms)}`,
        ratio: watchRatio,
        goal: `goal ≤ ${goals.watch}×`,
        isMet: watchRatio <= goals.watch,
      }),
      `  the faster of two runs each, alternating: with ${times('with')}, without ${times('without')}`,
      `  ${hostCount} stand-in hosts × ${docsPerHost} documents, every one changed (a note added); in every ${touchedEvery}th the word "consent" replaced inside its sentences`,
      `  re-opened: ${withRun.changes.reopened} of ${count} changes with evidence (${withRun.changes.evidenceHeld} with every quote holding), ${withoutRun.changes.reopened} without`,
      `  ${perHostPauseMs} ms pause per host, ${maxParallelHosts} hosts in parallel, as in the watch section`,
      ...relocation,
      figureLine({
        name: 'save with 50 evidence entries',
        measured: `${ms(save.result.withMs)} (median of ${save.result.rounds})`,
        floor: `the same save without ${ms(save.result.withoutMs)}`,
        ratio: saveRatio,
        goal: `goal ≤ ${goals.save}×`,
        isMet: saveRatio <= goals.save,
      }),
      `  an editor's draft saves (Local API, overrideAccess false) of two providers citing ${docsPerHost} stored documents each; 50 new entries anchored on every save, alternating with the save without`,
    ]
  } finally {
    await hosts.close()
  }
}
