import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { fixturePage } from './providerPages'

/** `session.md` as the site held it before the last approval: older date, older description. */
export const olderSessionPage = (): string =>
  fixturePage('session.md')
    .replace('updated: "2026-01-21"', 'updated: "2025-06-01"')
    .replace(
      'description: "Kurzprofil von Session (Kategorie: Messenger)."',
      'description: "Altes Kurzprofil von Session."',
    )

export const sessionPagePath = 'src/pages/anbieter/session/index.md'

/**
 * A site checkout in the system's temp folder (outside this repository, so git never
 * sees provider-desk's own work tree) holding the given files.
 */
export const makeSite = ({ files }: { files: Record<string, string> }): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-site-'))
  for (const [relPath, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relPath)), { recursive: true })
    writeFileSync(path.join(dir, relPath), text)
  }
  return dir
}
