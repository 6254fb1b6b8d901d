import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { benchPage } from './benchPage'

/** Writes `count` bench pages (fresh providers) into an emptied folder. */
export const writePages = ({ dir, count }: { dir: string; count: number }): void => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (let index = 0; index < count; index += 1) {
    writeFileSync(
      path.join(dir, `bench-${index}.md`),
      benchPage({ index, isStale: index % 100 === 0 }),
    )
  }
}
