import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import type { ProviderPage } from '../../../src/markdown/types'
import { frontmatterKeys } from '../../../src/mapping/facts'
import { parsePage, renderPage } from '../../../src/markdown/page'

const pagesDir = join(import.meta.dirname, '../../fixtures/pages')
const readPage = (name: string): string => readFileSync(join(pagesDir, name), 'utf8')
const pageFiles = readdirSync(pagesDir).filter((name) => name.endsWith('.md'))

describe('page round trip', () => {
  it('exports the seed page byte for byte', () => {
    const seed = readPage('session.md')
    expect(renderPage(parsePage(seed))).toBe(seed)
  })

  it('has at least five fixture pages', () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(5)
  })

  it.each(pageFiles)('exports %s byte for byte', (name) => {
    const text = readPage(name)
    expect(renderPage(parsePage(text))).toBe(text)
  })

  it.each(pageFiles)('survives a JSON round trip of the stored %s', (name) => {
    const page = parsePage(readPage(name))
    const stored = JSON.parse(JSON.stringify(page)) as ProviderPage
    expect(parsePage(renderPage(stored))).toEqual(page)
  })
})

describe('seed page model', () => {
  const page = parsePage(readPage('session.md'))

  it('matches the template everywhere, with nothing kept verbatim', () => {
    expect(page.sectionOverrides).toEqual([])
    expect(page.extraSections).toEqual([])
    expect(page.missingSections).toEqual([])
    expect(page.sectionOrder).toBeNull()
    expect(page.frontmatterSource).toBeNull()
  })

  it('knows exactly the seed frontmatter keys in order', () => {
    const keys = [...readPage('session.md').matchAll(/^([a-z_]+): /gm)].map((match) => match[1])
    expect(keys).toEqual([...frontmatterKeys])
    expect(page.missingFrontmatterKeys).toEqual([])
  })

  it('stores a Datenblatt row as it stands, not as the frontmatter says', () => {
    expect(page.datasheet).toContainEqual({
      label: 'Konto erforderlich',
      value: 'yes (Account ID/Recovery-Phrase)',
    })
    expect(page.frontmatter.account_required).toBe('yes')
  })

  it('stores legal links with plain-text fallbacks', () => {
    expect(page.legalLinks).toContainEqual({
      label: 'Warrant Canary',
      title: 'Nicht angegeben',
      url: null,
    })
    expect(page.legalLinks[0]).toEqual({
      label: 'Privacy Policy',
      title: 'Session Privacy Policy',
      url: 'https://getsession.org/privacy-policy',
    })
  })

  it('keeps every Quellen line verbatim, broken ones included', () => {
    expect(page.sources).toHaveLength(17)
    expect(page.sources[1]).toBe(
      'Push-Benachrichtigungen: "Slow Mode (Polling) oder Fast Mode (FCM/APNs)',
    )
  })

  it('does not store the fixed Kurzprofil sentence, so a renamed provider renders the new name', () => {
    const renamed = renderPage({ ...page, frontmatter: { ...page.frontmatter, name: 'Sitzung' } })
    expect(renamed).toContain(
      '\n## Kurzprofil\n\nSitzung ist ein Anbieter aus der Kategorie **Messenger**.',
    )
  })

  it('stores the Kurzfazit bullets without their fixed labels', () => {
    expect(JSON.stringify(page.fitFor)).not.toContain('Geeignet wenn')
    expect(renderPage(page)).toContain('\n- **Geeignet wenn:** du einen Messenger')
  })
})

describe('pages that deviate from the template', () => {
  it('keeps a changed Kurzprofil sentence as a verbatim override', () => {
    const page = parsePage(readPage('postfach-nord.md'))
    expect(page.sectionOverrides).toEqual([
      {
        section: 'kurzprofil',
        markdown:
          '\nPostfach Nord ist ein deutscher E-Mail-Anbieter aus der Kategorie **E-Mail** mit Sitz in Hamburg.',
      },
    ])
  })

  it('keeps an unknown section after the section it followed', () => {
    const [extra] = parsePage(readPage('postfach-nord.md')).extraSections
    expect(extra).toMatchObject({ heading: 'Preise (Stand 2025)', after: 'features' })
  })

  it('records a missing section and does not render it', () => {
    const page = parsePage(readPage('postfach-nord.md'))
    expect(page.missingSections).toEqual(['offenePunkte'])
    expect(renderPage(page)).not.toContain('## Nicht gelöst')
  })

  it('records missing frontmatter keys and leaves them out on export', () => {
    const page = parsePage(readPage('postfach-nord.md'))
    expect(page.missingFrontmatterKeys).toEqual(['provider', 'policies'])
    expect(renderPage({ ...page, frontmatterSource: null })).not.toMatch(/^provider:/m)
  })

  it('keeps an unknown frontmatter key with its value and place', () => {
    const page = parsePage(readPage('nebel-vpn.md'))
    expect(page.frontmatterExtra).toEqual([
      { key: 'tags', value: ['vpn', 'no-logs'], after: 'category' },
    ])
    const canonical = renderPage({ ...page, frontmatterSource: null })
    expect(canonical).toContain('category: "VPN"\ntags:\n  - "vpn"\n  - "no-logs"\nwebsite:')
  })

  it('keeps sections out of canonical order in their order', () => {
    const page = parsePage(readPage('wolke-sieben.md'))
    expect(page.sectionOrder).toEqual([
      'kurzprofil',
      'features',
      'kurzfazit',
      'einrichtung',
      'datenblatt',
      'quellen',
    ])
  })

  it('keeps a section the codec cannot represent as markdown', () => {
    const page = parsePage(readPage('wolke-sieben.md'))
    expect(
      page.sectionOverrides.find((entry) => entry.section === 'einrichtung')?.markdown,
    ).toContain('```sh')
  })

  it('uses the original frontmatter text while it means the stored values', () => {
    const page = parsePage(readPage('wolke-sieben.md'))
    expect(page.frontmatter.retention_max_days).toBe('30')
    expect(renderPage(page)).toContain('# Seite von Hand gepflegt\n')
  })

  it('writes the canonical frontmatter once a value was edited', () => {
    const page = parsePage(readPage('wolke-sieben.md'))
    const edited = renderPage({ ...page, frontmatter: { ...page.frontmatter, name: 'Wolke 7' } })
    expect(edited).toMatch(/^---\nlayout: "\.\.\/\.\.\/\.\.\/layouts\/DocLayout\.astro"\ntitle: /)
    expect(edited).toContain('\nname: "Wolke 7"\n')
    expect(edited).not.toContain('# Seite von Hand gepflegt')
  })

  it('writes frontmatter values with quotes, hashes and newlines so YAML reads them back', () => {
    const page = parsePage(readPage('nebel-vpn.md'))
    const description = 'Er sagte "hallo" # kein Kommentar\n---\n<script>{{ x }}</script>'
    const edited = parsePage(
      renderPage({ ...page, frontmatter: { ...page.frontmatter, description } }),
    )
    expect(edited.frontmatter.description).toBe(description)
  })

  it('stores audits as links or verbatim text', () => {
    expect(parsePage(readPage('nebel-vpn.md')).auditLinks).toEqual([
      { title: 'Cure53 Audit 2024 (PDF)', url: 'https://nebelvpn.example/audits/cure53-2024.pdf' },
      { title: 'Assured AB No-Logs Audit', url: 'https://nebelvpn.example/audits/assured' },
      { title: 'Radically Open Security 2022 (Bericht auf Anfrage)', url: null },
    ])
  })

  it('leaves the audits block out when a page has none', () => {
    const page = parsePage(readPage('postfach-nord.md'))
    expect(page.auditLinks).toEqual([])
    expect(renderPage(page)).not.toContain('**Audits (laut Anbieter):**')
  })

  it('unescapes a pipe in a Datenblatt cell and escapes it again on export', () => {
    const page = parsePage(readPage('nebel-vpn.md'))
    expect(page.datasheet).toContainEqual({ label: 'Preismodell', value: 'paid (5 € | Monat)' })
  })
})
