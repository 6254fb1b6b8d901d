import { execFile } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { load } from 'cheerio'

import { exportSite } from '../helpers/exportSite'
import { collectProviderFindings } from '../../src/lint/lintProvider'
import { judgeSource } from '../../src/sources/judge'
import { linkTargetOf } from '../../src/sources/linkTarget'
import { vendorDomainsOf } from '../../src/sources/vendors'
import { approvePages, importApproved } from '../helpers/approvePages'
import { fixturePagesDir } from '../helpers/providerPages'
import { sessionProviderData } from '../helpers/sessionProvider'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
const run = promisify(execFile)

let payload: Payload
let testEnv: TestEnv
let html: string
let linkFormsHtml: string

const review = 'https://legit-grade.example'

type Node = Record<string, unknown>
const paragraph = (...children: Node[]) => ({ children })
const link = (url: string, text = 'hier', bare = false): Node => ({
  type: 'link',
  url,
  ...(bare ? { bare: true } : {}),
  children: [{ text }],
})
const htmlBlock = (html: string) => ({ type: 'html', html, children: [{ text: '' }] })

/**
 * A profile holding every form of link the markdown printer can emit, each aimed at the
 * review site under a path of its own (and a few at javascript:). It is stored as the
 * importer would store it (the rule refuses unsafe links on a person's save) and
 * approved as test setup, so export writes it as it stands.
 */
const linkFormsProvider = () =>
  sessionProviderData({
    slug: 'link-forms',
    name: 'Linkformen',
    openPoints: [
      paragraph(
        link('https://getsession.org/faq', 'Anbieter'),
        { text: ' ' },
        link('https:&#47;&#47;legit-grade.example/entity'),
        { text: ' ' },
        link('http:/legit-grade.example/one-slash'),
        { text: ' ' },
        link('//legit-grade.example/scheme-relative'),
        { text: ' ' },
        link('https:\\/\\/legit-grade.example/backslash'),
        { text: ' ' },
        link('https://getsession.org\\@legit-grade.example/user-info'),
        { text: ' ' },
        link(`${review}/angle brackets`),
        { text: ' ' },
        link('javascript:alert(document.domain)'),
        { text: ' ' },
        link('javascript&colon;alert(document.domain)'),
        { text: ' ' },
        link('mailto:support@getsession.org'),
        { text: ' ' },
        link('#datenblatt'),
      ),
      paragraph(
        link(
          'https://getsession.org/bare',
          `[x](https:&#47;&#47;legit-grade.example/bare-markdown) <a href="${review}/bare-html">`,
          true,
        ),
        { text: ` Text ${review}/text www.legit-grade.example/www a@legit-grade.example ` },
        { text: '[zwei]' },
        { text: `(${review}/two-leaves)` },
      ),
      paragraph({ text: `[ref]: ${review}/text-definition` }),
      htmlBlock(`<p><a href="https:&#47;&#47;legit-grade.example/html-block">x</a></p>`),
      {
        type: 'details',
        summary: `<a href="${review}/summary">mehr</a>`,
        children: [paragraph({ text: 'Innen' })],
      },
      {
        type: 'table',
        children: [
          { type: 'tr', children: [{ type: 'th', children: [{ text: 'a' }] }] },
          {
            type: 'tr',
            children: [{ type: 'td', children: [link(`${review}/table-cell`)] }],
          },
        ],
      },
      { type: 'h3', children: [link(`${review}/heading`)] },
    ],
    datasheet: [{ label: 'Test', value: `[Zeile](${review}/row) ${review}/row-autolink` }],
    legalLinks: [{ field: 'privacy' }, { label: 'Extra', text: `[Recht](${review}/legal)` }],
    audits: [
      { title: 'Bericht', reportUrl: `${review}/audit.pdf` },
      {
        title: 'Verlinkt',
        reportUrl: `${review}/linked.pdf`,
        linkedFrom: 'https://getsession.org/faq',
      },
    ],
    dataNotesText: `Notiz <${review}/notes>`,
    features: [
      { text: `[Feature](https:&#47;&#47;legit-grade.example/feature)` },
      { text: '![Bild](//legit-grade.example/image.png)' },
      { text: `[r]: ${review}/definition` },
      { text: '[Ref][r]' },
    ],
    alternatives: [{ text: `<a href="${review}/alternative">Alt</a>` }],
    citations: [
      { url: 'https://getsession.org/faq', title: 'FAQ' },
      { url: `${review}/citation`, title: 'Test' },
      { title: `Nur Text ${review}/citation-text` },
    ],
    pageExtras: {
      extraSections: [
        { heading: 'Hinweis', markdown: `[Extra](${review}/extra)`, after: 'kurzprofil' },
      ],
    },
  })

/** The headings of the fixed layout, in order, as the site shows them. */
const layoutHeadings = [
  'Kurzprofil',
  'Kurzfazit',
  'Sofortmaßnahmen',
  'Entscheidungshilfe',
  'Datenblatt',
  'Datenschutz &#x26; Datenflüsse',
  'Telemetrie, Logs &#x26; Aufbewahrung',
  'Sicherheit &#x26; Kontoschutz',
  'Einrichtung &#x26; Härtung',
  'Features',
  'Alternativen',
  'Nicht gelöst / offene Punkte',
  'Quellen',
]

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('astro-site'))
  // The site lives inside the repository so Node finds Astro in its node_modules.
  const site = path.join(testEnv.dir, 'site')
  cpSync(path.join(root, 'tests/fixtures/astro-site'), site, { recursive: true })
  const report = await importApproved({
    payload,
    paths: [path.join(fixturePagesDir, 'session.md')],
  })
  expect(report.failed).toBe(0)
  await payload.create({
    collection: 'providers',
    data: { ...linkFormsProvider(), reviewState: 'draft', _status: 'draft' },
    draft: true,
    context: { isImport: true },
  })
  await approvePages({ payload, slugs: ['link-forms'] })
  await exportSite({ payload, siteDir: site })
  await run(
    process.execPath,
    [path.join(root, 'node_modules/astro/astro.js'), 'build', '--root', site, '--silent'],
    {
      cwd: site,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  )
  html = readFileSync(path.join(site, 'dist', 'anbieter', 'session', 'index.html'), 'utf8')
  linkFormsHtml = readFileSync(
    path.join(site, 'dist', 'anbieter', 'link-forms', 'index.html'),
    'utf8',
  )
}, 300_000)

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('the exported page in a real Astro 5 site', () => {
  it('renders through the site layout with the frontmatter', () => {
    expect(html).toContain('<title>Anbieter / Session</title>')
    expect(html).toContain('data-provider="Session"')
    expect(html).toContain('Stand: 2026-01-21')
  })

  it('has every section of the layout, in order', () => {
    const positions = layoutHeadings.map((heading) => html.indexOf(`>${heading}</h2>`))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('renders the data sheet table, the profile blocks and the sources list', () => {
    expect(html).toMatch(/<table>[\s\S]*>Merkmal<\/th>[\s\S]*>Session<\/td>/)
    expect(html).toContain('<summary>Profil B (Datensparsam)</summary>')
    expect(html).toContain('<a href="https://getsession.org/faq">Session FAQ</a>')
    expect(html).toContain('>Profil A (Standard &#x26; alltagstauglich)</h3>')
  })
})

/** Every address an element of the page's content links or loads, as the built HTML has it. */
const addressesIn = (page: string): string[] => {
  const $ = load(page)
  return $('main [href], main [src], main [srcset], main [action], main [formaction]')
    .toArray()
    .flatMap((element) =>
      ['href', 'src', 'action', 'formaction'].flatMap((name) => $(element).attr(name) ?? []),
    )
}

describe('every link form the printer can emit, built by the site', () => {
  const judgedOf = async () => {
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'link-forms' } },
      depth: 0,
    })
    const provider = docs[0]!
    const findings = await collectProviderFindings({
      payload,
      providerId: provider.id,
      now: new Date(),
      provider,
    })
    const entries = [
      ...(provider.citations ?? []).map((citation) => citation.url ?? ''),
      ...(provider.audits ?? []).map((audit) => audit.reportUrl ?? ''),
    ]
    return { provider, findings, entries }
  }

  const urlOf = (href: string): string | null => {
    const target = linkTargetOf(href)
    return target.kind === 'web' ? target.url : null
  }

  it('renders the forms as links to the review site (the test holds what it claims)', () => {
    const urls = addressesIn(linkFormsHtml).map(urlOf)
    for (const form of [
      'entity',
      'one-slash',
      'scheme-relative',
      'html-block',
      'summary',
      'feature',
      'extra',
    ])
      expect(urls.some((url) => url?.endsWith(`/${form}`))).toBe(true)
  })

  it('finds no third-party address on the page that the rule did not judge', async () => {
    const { provider, findings, entries } = await judgedOf()
    const vendors = vendorDomainsOf(provider)
    const judged = new Set(
      [...findings.map((finding) => finding.value), ...entries].flatMap(
        (value) => urlOf(value) ?? [],
      ),
    )
    const unjudged = addressesIn(linkFormsHtml)
      .flatMap((href) => urlOf(href) ?? [])
      .filter((url) => judgeSource({ url, vendors }).verdict !== 'primary')
      .filter((url) => !judged.has(url))
    expect(unjudged).toEqual([])
  })

  it('finds every javascript: link on the page among the refused ones', async () => {
    const { findings } = await judgedOf()
    const refused = findings
      .filter((finding) => finding.code === 'text.unsafe-link')
      .map((finding) => finding.value)
    const scripts = addressesIn(linkFormsHtml).filter(
      (href) => linkTargetOf(href).kind === 'refused',
    )
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((href) => !refused.includes(href.trim()))).toEqual([])
  })

  it('keeps text that is no link element from linking: written addresses, two leaves, a bare link’s markup', () => {
    const urls = addressesIn(linkFormsHtml).map(urlOf)
    for (const form of [
      'text',
      'www',
      'two-leaves',
      'bare-markdown',
      'bare-html',
      'text-definition',
    ])
      expect(urls.filter((url) => url?.endsWith(`/${form}`))).toEqual([])
    expect(addressesIn(linkFormsHtml)).not.toContain('mailto:a@legit-grade.example')
  })
})
