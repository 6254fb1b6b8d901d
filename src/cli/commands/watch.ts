import { openPayload } from '../../db/openPayload'
import { runWatch } from '../../watch/runWatch'
import type { WatchedSource, WatchReport } from '../../watch/runWatch'
import type { Command } from '../command'
import { exitCodes, UsageError } from '../errors'
import { parseFlags } from '../parseFlags'

const usage = 'provider-desk watch [--provider SLUG] [--json]'

const needsAPerson = (report: WatchReport): boolean =>
  report.changed + report.moved + report.failed + report.blocked > 0

const describeSource = (source: WatchedSource): string =>
  `  ${source.status.padEnd(9)} ${source.url}` +
  (source.reason ? `\n            ${source.reason}` : '') +
  (source.providers.length > 0 ? `\n            cited by ${source.providers.join(', ')}` : '')

/**
 * Runs the source watch now (docs/source-watch.md): fetches every document the profiles
 * cite (or one profile's), stores a snapshot when its text changed and re-opens every
 * profile citing a changed one. A progress line per host on stderr. Exit 0 when nothing
 * needs a person, 1 when any source changed, moved, failed or was blocked, 2 for bad
 * usage or an unknown slug.
 */
export const watchCommand: Command = {
  name: 'watch',
  summary:
    "Fetch every cited vendor document (or one profile's) now, store what changed, and re-open the profiles that cite a changed one. Exit 1 when any source changed, moved, failed or was blocked.",
  usage,
  run: async ({ args, progress }) => {
    const { values } = parseFlags({ args, usage, options: { provider: { type: 'string' } } })
    const slug = values.provider
    const payload = await openPayload()
    if (slug !== undefined) {
      const found = await payload.find({
        collection: 'providers',
        where: { slug: { equals: slug } },
        draft: true,
        limit: 1,
        depth: 0,
        select: { slug: true },
      })
      if (found.docs.length === 0) {
        throw new UsageError(
          `There is no provider with the slug "${slug}". Run provider-desk watch without --provider to watch every cited source.`,
        )
      }
    }
    progress(slug ? `Watching the sources of ${slug} …` : 'Watching every cited source …')
    const report = await runWatch({
      payload,
      providerSlug: slug,
      onHostProgress: ({ host, done, total }) => {
        if (done === total) progress(`${host}: ${total} source(s) checked`)
      },
    })
    const totals = `${report.sources.length} source(s): ${report.new} new, ${report.unchanged} unchanged, ${report.changed} changed, ${report.moved} moved, ${report.failed} failed, ${report.blocked} blocked.`
    const human = [
      totals,
      ...report.sources.filter((source) => source.status !== 'unchanged').map(describeSource),
    ].join('\n')
    return {
      exitCode: needsAPerson(report) ? exitCodes.failed : exitCodes.ok,
      json: report,
      human,
    }
  },
}
