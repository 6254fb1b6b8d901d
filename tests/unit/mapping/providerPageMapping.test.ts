import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { Provider } from '../../../src/payload-types'
import { parsePage } from '../../../src/markdown/parsePage'
import { renderPage } from '../../../src/markdown/renderPage'
import { providerFromPage } from '../../../src/import/providerFromPage'
import { pageFromProvider } from '../../../src/export/pageFromProvider'

const pagesDir = path.resolve(import.meta.dirname, '../../fixtures/pages')
const pageFiles = readdirSync(pagesDir).filter((file) => file.endsWith('.md'))

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
  const sources = imported.sourceLines.map((rawLine, position) => ({
    rawLine,
    position,
    url: null,
    title: null,
  }))
  const audits = imported.auditLinks.map((link, position) => ({
    title: link.title,
    reportUrl: link.url,
    position,
  }))
  return { imported, provider, sources, audits }
}

describe('provider fields ⇄ page', () => {
  it.each(pageFiles)('gives %s back byte for byte through the provider fields', (file) => {
    const text = readFileSync(path.join(pagesDir, file), 'utf8')
    const { imported, provider, sources, audits } = storedProvider(text)
    const page = pageFromProvider({ provider, sources, audits, isPublished: imported.isDone })
    expect(renderPage(page)).toBe(text)
  })

  it('takes the slug from the page url and stores derived frontmatter as empty', () => {
    const { imported } = storedProvider(readFileSync(path.join(pagesDir, 'session.md'), 'utf8'))
    expect(imported.slug).toBe('session')
    expect(imported.isDone).toBe(true)
    expect(imported.data.pageMeta).toMatchObject({
      title: null,
      url: null,
      layout: null,
      status: null,
    })
    expect(imported.data.updated).toBe('2026-01-21T00:00:00.000Z')
    expect(imported.sourceLines).toHaveLength(17)
  })

  it('derives title and url from a renamed provider', () => {
    const { imported, provider, sources, audits } = storedProvider(
      readFileSync(path.join(pagesDir, 'session.md'), 'utf8'),
    )
    const renamed = { ...provider, name: 'Session Messenger', slug: 'session-messenger' }
    const page = pageFromProvider({
      provider: renamed,
      sources,
      audits,
      isPublished: imported.isDone,
    })
    expect(page.frontmatter.title).toBe('Anbieter / Session Messenger')
    expect(page.frontmatter.url).toBe('/anbieter/session-messenger/')
  })

  it('writes status "draft" for an unpublished provider', () => {
    const { provider, sources, audits } = storedProvider(
      readFileSync(path.join(pagesDir, 'session.md'), 'utf8'),
    )
    expect(
      pageFromProvider({ provider, sources, audits, isPublished: false }).frontmatter.status,
    ).toBe('draft')
  })

  it('keeps an updated value that is no ISO date as text', () => {
    const text = readFileSync(path.join(pagesDir, 'session.md'), 'utf8').replace(
      'updated: "2026-01-21"',
      'updated: "Januar 2026"',
    )
    const { imported, provider, sources, audits } = storedProvider(text)
    expect(imported.data.updated).toBeNull()
    expect(renderPage(pageFromProvider({ provider, sources, audits, isPublished: true }))).toBe(
      text,
    )
  })
})
