import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPages } from '../../src/import/importPages'
import { runCli } from '../helpers/cli'
import type { CliResult } from '../helpers/cli'
import { fixturePage, generatedPage } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { makeTestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

let testEnv: TestEnv
let batch: string
let result: CliResult
const pwnedMarker = () => path.join(testEnv.dir, 'code-ran')

type Entry = {
  file: string
  slug: string | null
  status: string
  error?: string
  findings: unknown[]
}

const entryFor = (name: string): Entry | undefined =>
  (result.json.files as Entry[]).find((entry) => entry.file.endsWith(name))

beforeAll(async () => {
  testEnv = makeTestEnv('import-bad-files')
  batch = path.join(testEnv.dir, 'batch')
  mkdirSync(batch, { recursive: true })
  const marker = pwnedMarker()
  const files: Record<string, string | Buffer> = {
    'good-session.md': fixturePage('session.md'),
    'good-other.md': generatedPage({ slug: 'other-vpn', name: 'Other VPN' }),
    'no-frontmatter.md': '# Just a heading\n\nNo frontmatter here.\n',
    'broken-yaml.md': '---\nname: "unclosed\ncategory: [oops\n---\n## Kurzprofil\n',
    'js-block.md': `---js\n{ name: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\n## Kurzprofil\n`,
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'huge.md': '---\nname: "Huge"\n---\n' + 'x'.repeat(20 * 1024 * 1024),
    'proto.md':
      '---\n__proto__:\n  polluted: "yes"\nname: "Proto"\ncategory: "VPN"\nwebsite: "https://proto.example"\n---\n## Kurzprofil\n',
    'merge-key.md':
      '---\nbase: &base\n  polluted: "yes"\n<<: *base\nname: "Merge"\ncategory: "VPN"\nwebsite: "https://merge.example"\n---\n## Kurzprofil\n',
  }
  for (const [name, content] of Object.entries(files))
    writeFileSync(path.join(batch, name), content)
  result = await runCli({ args: ['import', batch, '--json'], env: testEnv.vars })
}, 300_000)

afterAll(() => testEnv.cleanup())

describe('a batch import with good and bad files', () => {
  it('imports the good files', () => {
    expect(entryFor('good-session.md')).toMatchObject({ status: 'imported', slug: 'session' })
    expect(entryFor('good-other.md')).toMatchObject({ status: 'imported', slug: 'other-vpn' })
    expect(result.json).toMatchObject({ imported: 2, failed: 7 })
  })

  it('exits 1 because some files failed', () => {
    expect(result.code).toBe(1)
  })

  it.each([
    ['no-frontmatter.md', 'page.no-frontmatter', /beginnt nicht mit einem Frontmatter-Block „---“/],
    ['broken-yaml.md', 'page.bad-yaml', /Ungültiges YAML/],
    [
      'js-block.md',
      'page.unsupported-frontmatter',
      /Frontmatter-Zaun „---js“ wird nicht unterstützt/,
    ],
    ['binary.md', 'file.binary', /Binärdaten/],
    ['huge.md', 'file.too-large', /20\.0 MB; eine Seite darf höchstens 1\.0 MB/],
    ['proto.md', 'page.forbidden-key', /__proto__/],
    ['merge-key.md', 'page.forbidden-key', /<</],
  ])('reports %s by name with its code and its reason in German', (name, code, reason) => {
    const entry = entryFor(name)
    expect(entry).toMatchObject({ status: 'failed', slug: null, code })
    expect(entry?.error).toMatch(reason)
  })

  it('words the reasons in English with --lang en', async () => {
    const english = await runCli({
      args: ['import', path.join(batch, 'no-frontmatter.md'), '--json', '--lang', 'en'],
      env: testEnv.vars,
    })
    expect(english.json.files[0]).toMatchObject({
      status: 'failed',
      code: 'page.no-frontmatter',
      error: 'the page does not start with a "---" frontmatter block',
    })
  })

  it('never runs code from a ---js block', () => {
    expect(existsSync(pwnedMarker())).toBe(false)
  })

  it('never pollutes a prototype, in the process that reads the files', async () => {
    const { payload, testEnv: ownEnv } = await openTestPayload('import-bad-files-in-process')
    try {
      const report = await importPages({
        payload,
        paths: [path.join(batch, 'proto.md'), path.join(batch, 'merge-key.md')],
      })
      expect(report).toMatchObject({ imported: 0, failed: 2 })
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
    } finally {
      await closeTestPayload({ payload, testEnv: ownEnv })
    }
  })

  it('prints exactly one JSON document with the documented fields', () => {
    expect(Object.keys(result.json).sort()).toEqual(['failed', 'files', 'imported'])
    for (const entry of result.json.files as Entry[]) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['file', 'slug', 'status', 'findings']),
      )
    }
  })
})
