import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TaskName } from './tasks/taskNames'
import { benchEnv } from './benchEnv'

const root = path.resolve(import.meta.dirname, '..')

export type TaskResult<T> = { result: T; peakRssMiB: number }

/**
 * Runs one bench task in a child process of its own (its own Payload, its own
 * database file) and returns what it printed as its result, with its peak RSS.
 * `env` adds to the child's environment: what Node reads only at start, such as
 * `NODE_EXTRA_CA_CERTS` (or `NODE_OPTIONS=--cpu-prof`).
 */
export const runTask = async <T>({
  task,
  dbFile,
  args,
  env = {},
}: {
  task: TaskName
  dbFile: string
  args: Record<string, unknown>
  env?: Record<string, string>
}): Promise<TaskResult<T>> => {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'bench/task.ts', task, JSON.stringify(args)],
    {
      cwd: root,
      env: { ...process.env, ...benchEnv({ dbFile }), ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
  if (code !== 0) throw new Error(`bench task ${task} exited with code ${code}`)
  const last = stdout.trim().split('\n').at(-1) ?? ''
  return JSON.parse(last) as TaskResult<T>
}
