import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { benchPage } from '../tests/helpers/benchPage'

/** Writes `count` bench pages (`bench-<firstIndex>` on, 1 % stale like the seed) into an emptied folder. */
export const writePages = ({
  dir,
  count,
  firstIndex = 0,
}: {
  dir: string
  count: number
  firstIndex?: number
}): void => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (let index = firstIndex; index < firstIndex + count; index += 1) {
    writeFileSync(
      path.join(dir, `bench-${index}.md`),
      benchPage({ index, isStale: index % 100 === 0 }),
    )
  }
}
