import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { runExport } from '../../src/export/runs'
import { importApproved } from '../helpers/approvePages'
import { generatedPage } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

/** One page that cannot be written must not cost the site all the others (issue 12, item 3). */

const slugs = ['partial-a', 'partial-b', 'partial-c', 'partial-d']
const blocked = 'partial-c'

let payload: Payload
let testEnv: TestEnv

const pagePath = (slug: string) => `src/pages/anbieter/${slug}/index.md`

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('export-partial'))
  const dir = path.join(testEnv.dir, 'pages-in')
  mkdirSync(dir, { recursive: true })
  for (const slug of slugs) {
    writeFileSync(
      path.join(dir, `${slug}.md`),
      generatedPage({ slug, name: slug, sourceLines: [`https://${slug}.example/privacy`] }),
    )
  }
  const report = await importApproved({ payload, paths: [dir] })
  expect(report.failed).toBe(0)
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('an export with one page that cannot be written', () => {
  let site: string
  let record: Awaited<ReturnType<typeof runExport>>

  beforeAll(async () => {
    site = path.join(testEnv.dir, 'site')
    // A file where the page's folder belongs: writing that page fails (ENOTDIR/EEXIST), even as root.
    mkdirSync(path.join(site, 'src', 'pages', 'anbieter'), { recursive: true })
    writeFileSync(path.join(site, 'src', 'pages', 'anbieter', blocked), 'not a folder')
    record = await runExport({
      payload,
      siteDir: site,
      by: 'test',
      isPrune: false,
      isCommit: false,
    })
  })

  it('records the run as partial', () => {
    expect(record.status).toBe('partial')
  })

  it('writes every other page', () => {
    const others = slugs.filter((slug) => slug !== blocked)
    expect([...(record.written as string[])].sort()).toEqual(others.map(pagePath))
    for (const slug of others) expect(existsSync(path.join(site, pagePath(slug)))).toBe(true)
  })

  it("records the page's error with its path", () => {
    expect(record.errors).toEqual([
      {
        code: 'export.page-failed',
        path: pagePath(blocked),
        message: expect.stringContaining(pagePath(blocked)),
        messageCode: 'export.page-failed',
        params: { path: pagePath(blocked), errorCode: expect.any(String) },
      },
    ])
  })

  it('keeps a manifest covering exactly the written pages', () => {
    const manifest = JSON.parse(readFileSync(path.join(site, '.provider-desk-export.json'), 'utf8'))
    expect(Object.keys(manifest.pages)).toEqual(
      slugs.filter((slug) => slug !== blocked).map(pagePath),
    )
  })
})

describe('an export whose page folder is a symbolic link out of the site', () => {
  let site: string
  let outside: string
  let record: Awaited<ReturnType<typeof runExport>>

  beforeAll(async () => {
    site = path.join(testEnv.dir, 'site-with-link')
    outside = path.join(testEnv.dir, 'outside-the-site')
    mkdirSync(path.join(site, 'src', 'pages', 'anbieter'), { recursive: true })
    mkdirSync(outside, { recursive: true })
    symlinkSync(outside, path.join(site, 'src', 'pages', 'anbieter', blocked))
    record = await runExport({
      payload,
      siteDir: site,
      by: 'test',
      isPrune: false,
      isCommit: false,
    })
  })

  it('writes nothing outside the site', () => {
    expect(readdirSync(outside)).toEqual([])
  })

  it('records that page as the error of a partial run, naming it', () => {
    expect(record.status).toBe('partial')
    expect(record.errors).toEqual([
      {
        code: 'export.page-symlink',
        path: pagePath(blocked),
        message: expect.stringContaining('symbolischen Link'),
        messageCode: 'export.page-symlink',
        params: { path: pagePath(blocked) },
      },
    ])
  })

  it('writes every other page', () => {
    const others = slugs.filter((slug) => slug !== blocked)
    expect([...(record.written as string[])].sort()).toEqual(others.map(pagePath))
  })
})
