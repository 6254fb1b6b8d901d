import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'

import { listPageFiles } from '../../src/import/importPages'
import { providerFromPage } from '../../src/mapping/providerPage'
import { parsePage } from '../../src/markdown/page'
import { importFloor } from '../floors'

/** Parses the folder's pages (not timed), then times creating their documents. */
export const importFloorTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { dir: string }
}) => {
  const files = await listPageFiles([args.dir])
  const pages = await Promise.all(
    files.map(async (file) => providerFromPage(parsePage(await readFile(file, 'utf8')))),
  )
  const startedAt = performance.now()
  await importFloor({ payload, pages })
  return { ms: performance.now() - startedAt, pages: pages.length }
}
