import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

export type CliResult = { code: number; stdout: string; stderr: string; json: any }

/** Runs `provider-desk <args>` as a user would, in its own process. */
export const runCli = ({
  args,
  env,
  input,
}: {
  args: string[]
  env: Record<string, string>
  input?: string
}): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/provider-desk.js'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      let json: unknown = null
      if (args.includes('--json')) {
        try {
          json = JSON.parse(stdout)
        } catch (err) {
          return reject(
            new Error(
              `stdout of --json is not one JSON document (${String(err)}):\n${stdout}\n${stderr}`,
            ),
          )
        }
      }
      resolve({ code: code ?? -1, stdout, stderr, json })
    })
    child.stdin.end(input ?? '')
  })
