import { mkdirSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

/**
 * Runs `work` under V8's CPU profiler when `BENCH_CPU_PROF_DIR` is set, and writes
 * `<name>.cpuprofile` there (open it in Chrome DevTools or speedscope). Node 20 refuses
 * `--cpu-prof` in `NODE_OPTIONS`, and `tsx` starts the task in a process of its own, so
 * the task profiles itself; only `work` is profiled, not Payload's start.
 */
export const withCpuProfile = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const dir = process.env.BENCH_CPU_PROF_DIR
  if (!dir) return work()
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 1000 })
  await session.post('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
    session.disconnect()
  }
}
