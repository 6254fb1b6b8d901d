import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { parse } from 'yaml'

import { manifestPath } from '../../src/export/siteFiles'
import { checkSite } from '../../src/export/plan'
import { importPages } from '../../src/import/importPages'
import { importApproved } from '../helpers/approvePages'
import { exportSite } from '../helpers/exportSite'
import { runCli } from '../helpers/cli'
import { fixturePage, generatedPage } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createLocalUser } from '../helpers/users'

let payload: Payload
let testEnv: TestEnv
let pagesIn: string

const pageOut = (siteDir: string, slug: string) =>
  path.join(siteDir, 'src', 'pages', 'anbieter', slug, 'index.md')

const writePage = (name: string, text: string): string => {
  const file = path.join(pagesIn, name)
  writeFileSync(file, text)
  return file
}

const newSite = (name: string): string => {
  const dir = path.join(testEnv.dir, name)
  mkdirSync(dir, { recursive: true })
  return dir
}

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('import-export'))
  pagesIn = path.join(testEnv.dir, 'pages-in')
  mkdirSync(pagesIn, { recursive: true })
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('import → database → export', () => {
  it('gives the seed page back byte for byte', async () => {
    const report = await importApproved({
      payload,
      paths: [writePage('session.md', fixturePage('session.md'))],
    })
    expect(report).toMatchObject({ imported: 1, failed: 0 })
    const site = newSite('site-seed')
    await exportSite({ payload, siteDir: site })
    expect(readFileSync(pageOut(site, 'session'), 'utf8')).toBe(fixturePage('session.md'))
  })

  it.each(['nebel-vpn.md', 'funkstille.md'])(
    'gives the published fixture %s back byte for byte',
    async (name) => {
      await importApproved({ payload, paths: [writePage(name, fixturePage(name))] })
      const site = newSite(`site-${name}`)
      await exportSite({ payload, siteDir: site })
      expect(readFileSync(pageOut(site, name.replace('.md', '')), 'utf8')).toBe(fixturePage(name))
    },
  )

  it('gives generated pages with other content and counts back byte for byte', async () => {
    const pages = [
      generatedPage({
        slug: 'alpha-vpn',
        name: 'Alpha VPN',
        sourceLines: ['https://alpha-vpn.example/privacy'],
      }),
      generatedPage({
        slug: 'beta-mail',
        name: 'Beta Mail',
        category: 'E-Mail',
        description: 'Sagt "sicher" # kein Kommentar',
        sourceLines: [
          '[Beta Privacy](https://beta-mail.example/privacy)',
          'https://github.com/beta-mail-org/app',
          'Ein Satz ohne Adresse',
          'FAQ: "https://beta-mail.example/faq',
        ],
      }),
    ]
    const files = pages.map((text, index) => writePage(`generated-${index}.md`, text))
    expect(await importApproved({ payload, paths: files })).toMatchObject({
      imported: 2,
      failed: 0,
    })
    const site = newSite('site-generated')
    await exportSite({ payload, siteDir: site })
    expect(readFileSync(pageOut(site, 'alpha-vpn'), 'utf8')).toBe(pages[0])
    expect(readFileSync(pageOut(site, 'beta-mail'), 'utf8')).toBe(pages[1])
  })

  it.each([
    ['quotes', 'Er sagt "nein" und \'ja\''],
    ['a newline', 'erste Zeile\nzweite Zeile'],
    ['a document marker', 'vorher\n---\nnachher'],
    ['a hash', '# keine Überschrift'],
    ['a script tag', '<script>alert(1)</script>'],
    ['template braces', '{{ site.secret }} und ${env}'],
    ['backslashes and tabs', 'C:\\pfad\\datei\tmit Tab'],
  ])('keeps a description with %s as data', async (_case, description) => {
    const slug = `data-${_case.replace(/\W+/g, '-')}`
    await importApproved({
      payload,
      paths: [writePage(`${slug}.md`, generatedPage({ slug, name: `Data ${_case}`, description }))],
    })
    const site = newSite(`site-${slug}`)
    await exportSite({ payload, siteDir: site })
    const text = readFileSync(pageOut(site, slug), 'utf8')
    const yaml = text.slice(4, text.indexOf('\n---\n', 4) + 1)
    expect(parse(yaml).description).toBe(description)
  })

  it('updates on re-import instead of duplicating', async () => {
    const file = writePage('session.md', fixturePage('session.md'))
    const count = async () => ({
      providers: (
        await payload.count({ collection: 'providers', where: { slug: { equals: 'session' } } })
      ).totalDocs,
      sources: (await payload.count({ collection: 'sources' })).totalDocs,
      versions: (await payload.countVersions({ collection: 'providers' })).totalDocs,
    })
    const before = await count()
    await importPages({ payload, paths: [file] })
    expect(await count()).toEqual(before)
    expect(before.providers).toBe(1)
  })

  it('imports a page without status "done" as a draft that export leaves out', async () => {
    const text = generatedPage({ slug: 'gamma-cloud', name: 'Gamma Cloud', status: 'review' })
    await importPages({ payload, paths: [writePage('gamma.md', text)] })
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'gamma-cloud' } },
      draft: true,
    })
    expect(docs[0]).toMatchObject({
      reviewState: 'draft',
      _status: 'draft',
      updated: '2026-06-01T00:00:00.000Z',
    })
    const site = newSite('site-drafts')
    const result = await exportSite({ payload, siteDir: site })
    expect(result.written).not.toContain('src/pages/anbieter/gamma-cloud/index.md')
    expect(existsSync(pageOut(site, 'gamma-cloud'))).toBe(false)
  })

  it('writes no page that was never approved: the site keeps its file, the manifest does not claim it', async () => {
    // The site as it stands: an approved page (written by the desk) and a page the desk took over.
    const site = newSite('site-never-approved')
    const approved = generatedPage({ slug: 'iota-mail', name: 'Iota Mail', category: 'E-Mail' })
    await importApproved({ payload, paths: [writePage('iota.md', approved)] })
    await exportSite({ payload, siteDir: site })
    const onSite = generatedPage({ slug: 'kappa-vpn', name: 'Kappa VPN' }).replace(
      'Kurzprofil von Kappa VPN',
      'Kurzprofil von Kappa VPN, wie es auf der Seite steht',
    )
    mkdirSync(path.dirname(pageOut(site, 'kappa-vpn')), { recursive: true })
    writeFileSync(pageOut(site, 'kappa-vpn'), onSite)
    const report = await importPages({ payload, paths: [writePage('kappa.md', onSite)] })
    expect(report).toMatchObject({ imported: 1, failed: 0 })
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'kappa-vpn' } },
      draft: true,
    })
    // "übernommen, ungeprüft": a draft, though the page says `status: done`.
    expect(docs[0]).toMatchObject({ reviewState: 'draft', _status: 'draft' })
    // Edited in the desk and exported, pruned even: the site's own file stays as it was.
    await payload.update({
      collection: 'providers',
      id: docs[0]!.id,
      data: { description: 'Im Desk geändert, nie freigegeben.' },
      draft: true,
    })
    const result = await exportSite({ payload, siteDir: site, isPrune: true })
    expect(result.written).toEqual([])
    expect(result.removed).toEqual([])
    expect(readFileSync(pageOut(site, 'kappa-vpn'), 'utf8')).toBe(onSite)
    expect(readFileSync(pageOut(site, 'iota-mail'), 'utf8')).toBe(approved)
    const manifest = JSON.parse(readFileSync(manifestPath(site), 'utf8')) as {
      pages: Record<string, unknown>
    }
    expect(Object.keys(manifest.pages)).toContain('src/pages/anbieter/iota-mail/index.md')
    expect(Object.keys(manifest.pages)).not.toContain('src/pages/anbieter/kappa-vpn/index.md')
    // The command line names the pages it left alone, in --json and for people.
    const cli = await runCli({
      args: ['export', '--out', site, '--check', '--json'],
      env: testEnv.vars,
    })
    expect(cli.json.awaiting).toContain('kappa-vpn')
    expect(cli.json.awaiting).not.toContain('iota-mail')
    const human = await runCli({ args: ['export', '--out', site, '--check'], env: testEnv.vars })
    expect(human.stdout).toMatch(/übernommene Seiten? warte[nt] auf die erste Freigabe/)
    expect(human.stdout).toContain('kappa-vpn')
  })
})

describe('closed-set facts through the database', () => {
  /** A published page whose closed-set facts were typed by hand: none of them in the set. */
  const handTyped = generatedPage({ slug: 'zeta-chat', name: 'Zeta Chat' })
    .replace('free_tier: "yes"', 'free_tier: "ja"')
    .replace('| Free Tier | yes |', '| Free Tier | ja |')
    .replace('pricing: "free"', 'pricing: "Free"')
    .replace('| Preismodell | free |', '| Preismodell | Free |')

  const zeta = async () => {
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'zeta-chat' } },
      draft: true,
      depth: 0,
    })
    return docs[0]!
  }

  it('gives a page with values outside the sets back byte for byte, with a warning for each', async () => {
    const report = await importApproved({ payload, paths: [writePage('zeta.md', handTyped)] })
    const unknown = report.files[0]?.findings.filter(
      (finding) => finding.code === 'field.unknown-value',
    )
    expect(unknown?.map(({ field, value, severity }) => ({ field, value, severity }))).toEqual([
      { field: 'pricing', value: 'Free', severity: 'warning' },
      { field: 'free_tier', value: 'ja', severity: 'warning' },
    ])
    expect(await zeta()).toMatchObject({
      free_tier: null,
      pricing: null,
      keptFactValues: { free_tier: 'ja', pricing: 'Free' },
    })
    const site = newSite('site-zeta')
    await exportSite({ payload, siteDir: site })
    expect(readFileSync(pageOut(site, 'zeta-chat'), 'utf8')).toBe(handTyped)
  })

  it('drops a kept value once an option is chosen, and keeps the others', async () => {
    const provider = await zeta()
    const saved = await payload.update({
      collection: 'providers',
      id: provider.id,
      data: { free_tier: 'yes' },
      draft: true,
      depth: 0,
    })
    expect(saved.free_tier).toBe('yes')
    expect(saved.keptFactValues).toMatchObject({ free_tier: null, pricing: 'Free' })
  })

  it('ignores kept values a person sends', async () => {
    const editor = await createLocalUser({
      payload,
      email: 'kept-values-editor@example.test',
      roles: ['editor'],
    })
    const provider = await zeta()
    const saved = await payload.update({
      collection: 'providers',
      id: provider.id,
      data: { keptFactValues: { pricing: 'gratis', logs: 'alles' } },
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    expect(saved.keptFactValues).toMatchObject({ pricing: 'Free', logs: null })
  })
})

describe('export to a site', () => {
  it('rewrites nothing when nothing changed', async () => {
    const site = newSite('site-unchanged')
    const first = await exportSite({ payload, siteDir: site })
    const second = await exportSite({ payload, siteDir: site })
    expect(first.written.length).toBeGreaterThan(0)
    expect(second).toMatchObject({ written: [], removed: [], unchanged: first.written.length })
  })

  it('repairs a page edited by hand and --check reports it first', async () => {
    const site = newSite('site-check')
    await exportSite({ payload, siteDir: site })
    writeFileSync(pageOut(site, 'session'), 'hand edit\n')
    const check = await checkSite({ payload, siteDir: site })
    expect(check).toMatchObject({
      isOutOfDate: true,
      written: ['src/pages/anbieter/session/index.md'],
    })
    expect(readFileSync(pageOut(site, 'session'), 'utf8')).toBe('hand edit\n')
    await exportSite({ payload, siteDir: site })
    expect(readFileSync(pageOut(site, 'session'), 'utf8')).toBe(fixturePage('session.md'))
  })

  it('never touches files it did not write, and prunes only its own pages', async () => {
    const site = newSite('site-prune')
    const foreign = pageOut(site, 'handmade')
    mkdirSync(path.dirname(foreign), { recursive: true })
    writeFileSync(foreign, 'written by a person\n')
    await importApproved({
      payload,
      paths: [writePage('delta.md', generatedPage({ slug: 'delta-vpn', name: 'Delta VPN' }))],
    })
    await exportSite({ payload, siteDir: site })
    expect(existsSync(pageOut(site, 'delta-vpn'))).toBe(true)
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'delta-vpn' } },
    })
    await payload.delete({ collection: 'providers', id: docs[0]!.id })
    const withoutPrune = await exportSite({ payload, siteDir: site })
    expect(withoutPrune.removed).toEqual([])
    expect(existsSync(pageOut(site, 'delta-vpn'))).toBe(true)
    const pruned = await exportSite({ payload, siteDir: site, isPrune: true })
    expect(pruned.removed).toEqual(['src/pages/anbieter/delta-vpn/index.md'])
    expect(existsSync(pageOut(site, 'delta-vpn'))).toBe(false)
    expect(readFileSync(foreign, 'utf8')).toBe('written by a person\n')
  })

  it('refuses a target that is not a folder with a clear message', async () => {
    await expect(
      exportSite({ payload, siteDir: path.join(testEnv.dir, 'no-such-site') }),
    ).rejects.toThrow(/is not a folder\. Point SITE_DIR/)
  })
})
