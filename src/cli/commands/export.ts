import path from 'node:path'

import { openPayload } from '../../db/openPayload'
import { env } from '../../env'
import { exportSite } from '../../export/exportSite'
import type { Command } from '../command'
import { exitCodes, UsageError } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk export [--out DIR] [--check] [--prune] [--json]'

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Write the published version of every provider to <DIR>/src/pages/anbieter/<slug>/index.md (DIR: --out or SITE_DIR).',
  usage,
  run: async ({ args, progress }) => {
    const { values } = parseFlags({
      args,
      usage,
      options: { out: { type: 'string' }, check: { type: 'boolean' }, prune: { type: 'boolean' } },
    })
    const target = values.out ?? env().SITE_DIR
    if (!target)
      throw new UsageError(`Say where the site is: --out DIR, or set SITE_DIR.\nUsage: ${usage}`)
    const payload = await openPayload()
    const result = await exportSite({
      payload,
      siteDir: path.resolve(target),
      isCheck: Boolean(values.check),
      isPrune: Boolean(values.prune),
      by: `cli (${process.env.USER ?? 'unknown user'})`,
      onProgress: ({ done, total }) => progress(`Exporting ${done}/${total}`),
    })
    const json = { written: result.written, unchanged: result.unchanged, removed: result.removed }
    if (values.check) {
      return {
        exitCode: result.isOutOfDate ? exitCodes.failed : exitCodes.ok,
        json: { ...json, outOfDate: result.isOutOfDate },
        human: result.isOutOfDate
          ? [
              'The site is out of date:',
              ...result.written.map((file) => `  would write  ${file}`),
              ...result.removed.map((file) => `  would remove ${file}`),
            ].join('\n')
          : `The site is up to date (${result.unchanged} pages).`,
      }
    }
    return {
      exitCode: exitCodes.ok,
      json,
      human: [
        ...result.written.map((file) => `wrote   ${file}`),
        ...result.removed.map((file) => `removed ${file}`),
        `${result.written.length} written, ${result.unchanged} unchanged, ${result.removed.length} removed (${result.durationMs} ms).`,
      ].join('\n'),
    }
  },
}
