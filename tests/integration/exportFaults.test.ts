import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { exportSite } from '../helpers/exportSite'
import { importApproved } from '../helpers/approvePages'
import { runCli } from '../helpers/cli'
import { generatedPage } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
const pageCount = 150

let payload: Payload
let testEnv: TestEnv

const pagesRoot = (site: string) => path.join(site, 'src', 'pages', 'anbieter')

/** Every file below the site's pages folder, with its bytes. */
const filesOf = (site: string): Map<string, string> => {
  const files = new Map<string, string>()
  if (!existsSync(pagesRoot(site))) return files
  for (const slug of readdirSync(pagesRoot(site))) {
    for (const name of readdirSync(path.join(pagesRoot(site), slug))) {
      files.set(`${slug}/${name}`, readFileSync(path.join(pagesRoot(site), slug, name), 'utf8'))
    }
  }
  return files
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('export-faults'))
  const dir = path.join(testEnv.dir, 'pages-in')
  mkdirSync(dir, { recursive: true })
  for (let index = 0; index < pageCount; index += 1) {
    const slug = `fault-${String(index).padStart(3, '0')}`
    writeFileSync(
      path.join(dir, `${slug}.md`),
      generatedPage({
        slug,
        name: `Fault ${index}`,
        sourceLines: [`https://${slug}.example/privacy`],
      }),
    )
  }
  const report = await importApproved({ payload, paths: [dir] })
  expect(report.failed).toBe(0)
}, 600_000)

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('export under faults', () => {
  it('leaves no half-written page when killed half-way, and the next export completes the site', async () => {
    const site = path.join(testEnv.dir, 'site-killed')
    mkdirSync(site, { recursive: true })
    const child = spawn(
      process.execPath,
      [path.join(root, 'bin/provider-desk.js'), 'export', '--out', site, '--json'],
      { cwd: root, env: { ...process.env, ...testEnv.vars }, stdio: 'ignore' },
    )
    const exited = new Promise((resolve) => child.once('exit', resolve))
    while (filesOf(site).size === 0) {
      if (child.exitCode !== null) throw new Error('the export finished before it could be killed')
      await sleep(5)
    }
    child.kill('SIGKILL')
    await exited
    const afterKill = filesOf(site)
    expect(afterKill.size).toBeGreaterThan(0)
    const written = [...afterKill.keys()].filter((name) => name.endsWith('/index.md'))
    expect(written.length).toBeLessThan(pageCount)

    const result = await exportSite({ payload, siteDir: site })
    const complete = filesOf(site)
    expect([...complete.keys()].filter((name) => name.endsWith('/index.md'))).toHaveLength(
      pageCount,
    )
    expect([...complete.keys()].every((name) => name.endsWith('/index.md'))).toBe(true)
    // Each page written before the kill was whole: the same bytes the completed export holds.
    for (const name of written) expect(afterKill.get(name)).toBe(complete.get(name))
    expect(result.written.length + result.unchanged).toBe(pageCount)
  })

  it('gives a complete, consistent site when two processes export at once', async () => {
    const site = path.join(testEnv.dir, 'site-concurrent')
    mkdirSync(site, { recursive: true })
    const [first, second] = await Promise.all([
      runCli({ args: ['export', '--out', site, '--json'], env: testEnv.vars }),
      runCli({ args: ['export', '--out', site, '--json'], env: testEnv.vars }),
    ])
    expect([first.code, second.code]).toEqual([0, 0])
    expect(first.json.written.length + second.json.written.length).toBe(pageCount)
    expect(filesOf(site).size).toBe(pageCount)
    const manifest = JSON.parse(readFileSync(path.join(site, '.provider-desk-export.json'), 'utf8'))
    expect(Object.keys(manifest.pages)).toHaveLength(pageCount)
    const check = await runCli({
      args: ['export', '--out', site, '--check', '--json'],
      env: testEnv.vars,
    })
    expect(check.code).toBe(0)
    expect(existsSync(path.join(site, '.provider-desk-export.lock'))).toBe(false)
  })

  it('exits non-zero with a clear message when the target cannot be written', async () => {
    const result = await runCli({
      args: ['export', '--out', path.join(testEnv.dir, 'missing-site'), '--json'],
      env: testEnv.vars,
    })
    expect(result.code).toBe(1)
    expect(result.json.error.message).toMatch(/is not a folder/)
    expect(result.stderr).toMatch(/Point SITE_DIR \(or --out\)/)
  })
})
