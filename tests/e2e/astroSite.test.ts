import { execFile } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { writeSite } from '../../src/export/writeSite'
import { importApproved } from '../helpers/approvePages'
import { fixturePagesDir } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '..', '..')
const run = promisify(execFile)

let payload: Payload
let testEnv: TestEnv
let html: string

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
  await writeSite({ payload, siteDir: site })
  await run(
    process.execPath,
    [path.join(root, 'node_modules/astro/astro.js'), 'build', '--root', site, '--silent'],
    {
      cwd: site,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  )
  html = readFileSync(path.join(site, 'dist', 'anbieter', 'session', 'index.html'), 'utf8')
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
