import { readFileSync } from 'node:fs'
import path from 'node:path'

import { quoteYamlString } from '../../src/markdown/frontmatter'

export const fixturePagesDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages')

export const fixturePage = (name: string): string =>
  readFileSync(path.join(fixturePagesDir, name), 'utf8')

/**
 * A site page in the seed's layout with different content: `overrides` replace
 * frontmatter values (quoted as the site quotes them), `sourceLines` the Quellen list.
 */
export const generatedPage = ({
  slug,
  name,
  category = 'VPN',
  description,
  sourceLines,
  status = 'done',
  updated = '2026-06-01',
}: {
  slug: string
  name: string
  category?: string
  description?: string
  sourceLines?: string[]
  status?: string
  updated?: string
}): string => {
  const seed = fixturePage('session.md')
  const quote = quoteYamlString
  let page = seed
    .replaceAll('getsession.org', `${slug}.example`)
    .replaceAll('session.foundation', `${slug}.foundation`)
    .replaceAll('session-foundation', `${slug}-org`)
    .replaceAll('sessionapp.zendesk.com', `help.${slug}.example`)
    .replaceAll('Session', name)
    .replaceAll('Messenger', category)
    .replace('url: "/anbieter/session/"', `url: "/anbieter/${slug}/"`)
    .replace('status: "done"', `status: ${quote(status)}`)
    .replace('updated: "2026-01-21"', `updated: ${quote(updated)}`)
  if (description !== undefined) {
    page = page.replace(/^description: .*$/m, `description: ${quote(description)}`)
  }
  if (sourceLines) {
    const start = page.indexOf('## Quellen\n\n') + '## Quellen\n\n'.length
    page = page.slice(0, start) + sourceLines.map((line) => `- ${line}\n`).join('')
  }
  return page
}
