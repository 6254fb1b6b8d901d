import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * The team's guide (`docs/anleitung.md`, English `docs/guide.md`) as a page of its own at
 * `/anleitung` (`?lang=en`, else the browser's language), linked from the dashboard.
 * The markdown is our own file; micromark renders it with raw HTML left escaped.
 */
const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs')

const page = (title: string, body: string, lang: string): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – provider-desk</title><style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}code{background:#f3f3f3;padding:0 .2rem}a{color:#0b57d0}</style></head><body><p><a href="/admin">← ${lang === 'de' ? 'Zurück zum Admin' : 'Back to the admin'}</a></p>${body}</body></html>`

export const guideLanguageOf = (query: unknown, acceptLanguage: string | undefined): 'de' | 'en' =>
  query === 'en' || (query !== 'de' && /^en\b/i.test(acceptLanguage ?? '')) ? 'en' : 'de'

export const renderGuide = async (language: 'de' | 'en'): Promise<string> => {
  const file = language === 'en' ? 'guide.md' : 'anleitung.md'
  const markdown = await readFile(path.join(docsDir, file), 'utf8')
  const body = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    // The guide links its other language by file name: point it at this route.
    .replace(/href="guide\.md"/g, 'href="/anleitung?lang=en"')
    .replace(/href="anleitung\.md"/g, 'href="/anleitung?lang=de"')
  const title =
    language === 'en' ? 'Guide for editors and reviewers' : 'Anleitung für Redaktion und Review'
  return page(title, body, language)
}
