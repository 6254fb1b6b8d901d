import type { Payload } from 'payload'

import { importPages } from '../../src/import/importPages'
import { benchNow } from '../../tests/helpers/benchPage'

const timed = async ({ payload, dir }: { payload: Payload; dir: string }) => {
  const startedAt = performance.now()
  const report = await importPages({ payload, paths: [dir], now: benchNow })
  if (report.failed > 0) throw new Error(`${report.failed} bench page(s) failed to import`)
  return { ms: performance.now() - startedAt, imported: report.imported }
}

/** Times importing a folder of pages, and with `isTwice` importing it again unchanged. */
export const importPagesTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { dir: string; isTwice: boolean }
}) => {
  const first = await timed({ payload, dir: args.dir })
  const again = args.isTwice ? await timed({ payload, dir: args.dir }) : null
  return { ms: first.ms, imported: first.imported, reimportMs: again?.ms ?? null }
}
