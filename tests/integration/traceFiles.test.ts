import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')

/** The files a trace lists, by flow name, from the script's plain output. */
const parseTraces = (stdout: string): Record<string, string[]> => {
  const traces: Record<string, string[]> = {}
  let current: string[] | undefined
  for (const line of stdout.split('\n')) {
    const heading = /^(.+): (\d+) files$/.exec(line)
    if (heading) traces[heading[1]!] = current = []
    else if (line.startsWith('  ') && current) current.push(line.trim())
  }
  return traces
}

describe('scripts/traceFiles.ts (the measure of decision 0010)', () => {
  it('runs both flows and lists the files each crosses, the export and the rule among them', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/traceFiles.ts'],
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'error' } },
    )
    const traces = parseTraces(stdout)
    expect(Object.keys(traces)).toEqual(['export', 'source line'])
    expect(traces.export).toEqual(
      expect.arrayContaining([
        'src/export/endpoints.ts',
        'src/export/runs.ts',
        'src/export/git.ts',
        'src/mapping/providerPage.ts',
      ]),
    )
    expect(traces.export).not.toContain('src/import/importPages.ts')
    expect(traces['source line']).toEqual(
      expect.arrayContaining([
        'src/import/importPages.ts',
        'src/sources/hooks.ts',
        'src/lint/lintProvider.ts',
        'src/workflow/hooks.ts',
      ]),
    )
    expect(traces['source line']).not.toContain('src/export/git.ts')
  })
})
