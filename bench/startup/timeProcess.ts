import { spawn } from 'node:child_process'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..', '..')

export type TimedProcess = { ms: number; code: number | null; stdout: string; stderr: string }

/**
 * Runs `command args` in a process of its own, from its spawn to its exit: the wall time
 * a person or a cron job waits for it, with what it printed and its exit code.
 */
export const timeProcess = ({
  command,
  args,
  env,
}: {
  command: string
  args: string[]
  env: Record<string, string>
}): Promise<TimedProcess> =>
  new Promise((resolve, reject) => {
    const startedAt = performance.now()
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) =>
      resolve({ ms: performance.now() - startedAt, code, stdout, stderr }),
    )
  })

/** The same command `runs` times, one after the other; fails on an exit code not in `codes`. */
export const timeRuns = async ({
  runs,
  codes = [0],
  ...spawned
}: {
  runs: number
  codes?: number[]
  command: string
  args: string[]
  env: Record<string, string>
}): Promise<TimedProcess[]> => {
  const results: TimedProcess[] = []
  for (let run = 0; run < runs; run += 1) {
    const result = await timeProcess(spawned)
    if (result.code === null || !codes.includes(result.code)) {
      throw new Error(
        `${[spawned.command, ...spawned.args].join(' ')} exited with ${result.code}:\n${result.stderr}`,
      )
    }
    results.push(result)
  }
  return results
}
