import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { Provider } from '../../../src/payload-types'
import { parsePage, renderPage } from '../../../src/markdown/page'
import { pageFromProvider, providerFromPage } from '../../../src/mapping/providerPage'
import { defaultDatasheet, defaultLegalLinks } from '../../../src/mapping/datasheet'
import type { LintedProvider } from '../../../src/lint/lintProvider'
import { lintProvider } from '../../../src/lint/lintProvider'

const pagesDir = path.resolve(import.meta.dirname, '../../fixtures/pages')
const pageFiles = readdirSync(pagesDir).filter((file) => file.endsWith('.md'))
const sessionText = readFileSync(path.join(pagesDir, 'session.md'), 'utf8')

/** What the database gives back: the imported fields as JSON, plus ids and timestamps. */
const storedProvider = (text: string) => {
  const imported = providerFromPage(parsePage(text))
  const provider = JSON.parse(
    JSON.stringify({
      ...imported.data,
      id: 'p1',
      createdAt: '',
      updatedAt: '',
      reviewState: 'approved',
    }),
  ) as Provider
  return { imported, provider }
}

const render = (provider: Provider, isPublished = true) =>
  renderPage(pageFromProvider({ provider, isPublished }))

const lineOf = (markdown: string, start: string) =>
  markdown.split('\n').find((line) => line.startsWith(start))

describe('provider fields ⇄ page', () => {
  it.each(pageFiles)('gives %s back byte for byte through the provider fields', (file) => {
    const text = readFileSync(path.join(pagesDir, file), 'utf8')
    const { imported, provider } = storedProvider(text)
    expect(render(provider, imported.isDone)).toBe(text)
  })

  it('takes the slug from the page url and stores derived frontmatter as empty', () => {
    const { imported } = storedProvider(sessionText)
    expect(imported.slug).toBe('session')
    expect(imported.isDone).toBe(true)
    expect(imported.data.pageMeta).toMatchObject({
      title: null,
      url: null,
      layout: null,
      status: null,
    })
    expect(imported.data.updated).toBe('2026-01-21T00:00:00.000Z')
    expect(imported.data.citations).toHaveLength(17)
    expect(imported.data.audits).toHaveLength(1)
  })

  it('derives title and url from a renamed provider', () => {
    const { provider } = storedProvider(sessionText)
    const page = pageFromProvider({
      provider: { ...provider, name: 'Session Messenger', slug: 'session-messenger' },
      isPublished: true,
    })
    expect(page.frontmatter.title).toBe('Anbieter / Session Messenger')
    expect(page.frontmatter.url).toBe('/anbieter/session-messenger/')
  })

  it('writes status "draft" for an unpublished provider', () => {
    const { provider } = storedProvider(sessionText)
    expect(pageFromProvider({ provider, isPublished: false }).frontmatter.status).toBe('draft')
  })

  it('keeps an updated value that is no ISO date as text', () => {
    const text = sessionText.replace('updated: "2026-01-21"', 'updated: "Januar 2026"')
    const { imported, provider } = storedProvider(text)
    expect(imported.data.updated).toBeNull()
    expect(render(provider)).toBe(text)
  })
})

describe('the fields drive the Datenblatt', () => {
  it('stores a row that repeats its field as following the field, with its note', () => {
    const { provider } = storedProvider(sessionText)
    const row = provider.datasheet?.find((candidate) => candidate.fact === 'account_required')
    expect(row?.note).toBe('(Account ID/Recovery-Phrase)')
    expect(row?.value ?? null).toBeNull()
    expect(provider.datasheet?.find((row) => row.label === 'Zahlungsabwicklung')).toMatchObject({
      fact: null,
      value: 'Nicht zutreffend (Messenger) / Nicht angegeben',
    })
  })

  it('prints a changed jurisdiction in the Datenblatt and the frontmatter alike', () => {
    const { provider } = storedProvider(sessionText)
    const page = render({ ...provider, jurisdiction: 'Deutschland' })
    expect(page).toContain('jurisdiction: "Deutschland"')
    expect(lineOf(page, '| Jurisdiktion |')).toBe('| Jurisdiktion | Deutschland |')
  })

  it('keeps the note after a changed value', () => {
    const { provider } = storedProvider(sessionText)
    expect(lineOf(render({ ...provider, account_required: 'no' }), '| Konto erforderlich')).toBe(
      '| Konto erforderlich | no (Account ID/Recovery-Phrase) |',
    )
  })

  it('prints the legal links from their fields', () => {
    const { provider } = storedProvider(sessionText)
    const page = render({ ...provider, privacy: 'https://getsession.org/privacy' })
    expect(lineOf(page, '- Privacy Policy:')).toBe(
      '- Privacy Policy: [Session Privacy Policy](https://getsession.org/privacy)',
    )
  })

  it('keeps a row that contradicted its field as it stood on the page', () => {
    const text = sessionText.replace('| Logs | minimal |', '| Logs | keine |')
    const { provider } = storedProvider(text)
    expect(provider.datasheet?.find((row) => row.fact === 'logs')).toMatchObject({ value: 'keine' })
    expect(render(provider)).toBe(text)
    const resolved = provider.datasheet?.map((row) =>
      row.fact === 'logs' ? { ...row, value: null } : row,
    )
    expect(lineOf(render({ ...provider, datasheet: resolved }), '| Logs |')).toBe(
      '| Logs | minimal |',
    )
  })

  it('escapes a link text so a title cannot open a second link', () => {
    const { provider } = storedProvider(sessionText)
    const legalLinks = provider.legalLinks?.map((link) =>
      link.field === 'privacy' ? { ...link, title: 'x](https://legit-grade.example) [y' } : link,
    )
    expect(lineOf(render({ ...provider, legalLinks }), '- Privacy Policy:')).toBe(
      '- Privacy Policy: [x\\](https://legit-grade.example) \\[y](https://getsession.org/privacy-policy)',
    )
  })
})

describe('closed-set facts', () => {
  /** The seed page with values the sets do not know, typed by hand on the site. */
  const handTyped = sessionText
    .replace('free_tier: "yes"', 'free_tier: "ja"')
    .replace('| Free Tier | yes |', '| Free Tier | ja |')
    .replace('pricing: "free"', 'pricing: "Free"')
    .replace('logs: "minimal"', 'logs: "wenige "')

  it('stores a value of the set in its select', () => {
    const { provider } = storedProvider(sessionText)
    expect(provider).toMatchObject({ free_tier: 'yes', pricing: 'free', logs: 'minimal' })
    expect(Object.values(provider.keptFactValues ?? {}).filter(Boolean)).toEqual([])
  })

  it('keeps a value outside the set as it stood, with the select empty', () => {
    const { provider } = storedProvider(handTyped)
    expect(provider).toMatchObject({ free_tier: null, pricing: null, logs: null })
    expect(provider.keptFactValues).toMatchObject({
      free_tier: 'ja',
      pricing: 'Free',
      logs: 'wenige ',
    })
  })

  it('gives a page with values outside the sets back byte for byte', () => {
    const { imported, provider } = storedProvider(handTyped)
    expect(render(provider, imported.isDone)).toBe(handTyped)
  })

  it('warns field.unknown-value for each kept value, and compares the Datenblatt rows with it', () => {
    const { provider } = storedProvider(handTyped)
    const findings = lintProvider({
      provider: provider as unknown as LintedProvider,
      texts: [],
      now: new Date('2026-02-01'),
    })
    expect(
      findings
        .filter(
          (finding) => finding.code.startsWith('field.') || finding.code === 'datasheet.mismatch',
        )
        .map(({ code, field, value }) => ({ code, field, value })),
    ).toEqual([
      // "| Logs | minimal |" contradicts the page's logs value; "| Free Tier | ja |" agrees.
      { code: 'datasheet.mismatch', field: 'datasheet.13.value', value: 'minimal' },
      { code: 'field.unknown-value', field: 'pricing', value: 'Free' },
      { code: 'field.unknown-value', field: 'free_tier', value: 'ja' },
      { code: 'field.unknown-value', field: 'logs', value: 'wenige ' },
    ])
  })

  it('prints the option an editor picks instead of the kept value, in the Datenblatt too', () => {
    const { provider } = storedProvider(handTyped)
    const page = render({ ...provider, free_tier: 'no' })
    expect(page).toContain('free_tier: "no"')
    expect(lineOf(page, '| Free Tier |')).toBe('| Free Tier | no |')
  })
})

describe('a provider created with only name, category and website', () => {
  const created = {
    id: 'p2',
    createdAt: '',
    updatedAt: '',
    name: 'Neuer Dienst',
    slug: 'neuer-dienst',
    category: 'VPN',
    website: 'https://neuer-dienst.example',
    reviewState: 'draft',
    datasheet: defaultDatasheet(),
    legalLinks: defaultLegalLinks(),
  } as unknown as Provider

  it('exports every section of the template with its Kurzprofil sentence and Datenblatt rows', () => {
    const page = render(created, false)
    const headings = page.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Kurzprofil',
      '## Kurzfazit',
      '## Sofortmaßnahmen',
      '## Entscheidungshilfe',
      '## Datenblatt',
      '## Datenschutz & Datenflüsse',
      '## Telemetrie, Logs & Aufbewahrung',
      '## Sicherheit & Kontoschutz',
      '## Einrichtung & Härtung',
      '## Features',
      '## Alternativen',
      '## Nicht gelöst / offene Punkte',
      '## Quellen',
    ])
    expect(page).toContain('Neuer Dienst ist ein Anbieter aus der Kategorie **VPN**.')
    expect(lineOf(page, '| Website |')).toBe('| Website | https://neuer-dienst.example |')
    expect(lineOf(page, '| Quellcode |')).toBe('| Quellcode | Nicht angegeben |')
    expect(lineOf(page, '- Privacy Policy:')).toBe('- Privacy Policy: Nicht angegeben')
  })

  it('reads its own export back to the same fields', () => {
    const page = render(created, false)
    const { provider } = storedProvider(page)
    expect(render(provider, false)).toBe(page)
    expect(provider.datasheet?.every((row) => row.fact === null || !row.value)).toBe(true)
  })
})
