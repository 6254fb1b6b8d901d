import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The seed page (`tests/fixtures/pages/session.md`) split into the parts the rule and lint read. */
const page = readFileSync(
  fileURLToPath(new URL('../../fixtures/pages/session.md', import.meta.url)),
  'utf8',
)

const [, frontmatterText = '', body = ''] = page.split(/^---$/m)

export const sessionText = page

export const sessionBody = body

export const sessionFrontmatter = parse(frontmatterText) as Record<string, string>

/** One `## ` section of the seed page's body, heading included. */
export const sectionOf = (heading: string): string => {
  const start = body.indexOf(`## ${heading}\n`)
  const next = body.indexOf('\n## ', start + 1)
  return body.slice(start, next === -1 ? undefined : next)
}

/** Every list line of the "Quellen" section, as written. */
export const sessionSourceLines = sectionOf('Quellen')
  .split('\n')
  .filter((line) => line.startsWith('- '))

/** The Datenblatt rows as `{ label, value }`, header and separator left out. */
export const sessionDatasheet = sectionOf('Datenblatt')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| Merkmal'))
  .map((line) => {
    const [, label = '', value = ''] = line.split('|').map((cell) => cell.trim())
    return { label, value }
  })
