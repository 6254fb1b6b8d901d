import { openPayload } from '../../db/openPayload'
import type { Language } from '../../i18n/messages'
import { message, render } from '../../i18n/messages'
import { runWatch } from '../../watch/runWatch'
import type { WatchedSource, WatchReport } from '../../watch/runWatch'
import type { CommandContext, CommandResult } from '../command'
import type { watchFlags } from './watch'
import { exitCodes, UsageError } from '../errors'

const needsAPerson = (report: WatchReport): boolean =>
  report.changed + report.moved + report.failed + report.blocked > 0

/** A source's stable status, its URL, the watch's reason and who cites it. */
const describeSource = (source: WatchedSource, language: Language): string =>
  `  ${source.status.padEnd(9)} ${source.url}` +
  (source.reason ? `\n            ${render(language, source.reason)}` : '') +
  (source.providers.length > 0
    ? `\n            ${render(language, message('cli.watch.cited-by', { providers: source.providers }))}`
    : '')

/**
 * Runs the source watch now (docs/source-watch.md): fetches every document the profiles
 * cite (or one profile's), stores a snapshot when its text changed and re-opens every
 * profile citing a changed one. A progress line per host on stderr. Exit 0 when nothing
 * needs a person, 1 when any source changed, moved, failed or was blocked, 2 for bad
 * usage or an unknown slug.
 */
export const runWatchCommand = async ({
  flags,
  progress,
  language,
}: CommandContext<typeof watchFlags>): Promise<CommandResult> => {
  const slug = flags.provider
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
      throw new UsageError(render(language, message('cli.watch.unknown-slug', { slug })))
    }
  }
  progress(
    render(
      language,
      slug ? message('cli.watch.progress-one', { slug }) : message('cli.watch.progress-all', {}),
    ),
  )
  const report = await runWatch({
    payload,
    providerSlug: slug,
    onHostProgress: ({ host, done, total }) => {
      if (done === total)
        progress(render(language, message('cli.watch.host-done', { host, total })))
    },
  })
  const totals = render(
    language,
    message('cli.watch.totals', {
      sources: report.sources.length,
      new: report.new,
      unchanged: report.unchanged,
      changed: report.changed,
      moved: report.moved,
      failed: report.failed,
      blocked: report.blocked,
    }),
  )
  const human = [
    totals,
    ...report.sources
      .filter((source) => source.status !== 'unchanged')
      .map((source) => describeSource(source, language)),
  ].join('\n')
  return {
    exitCode: needsAPerson(report) ? exitCodes.failed : exitCodes.ok,
    // Each reason in --lang, as the human output words it.
    json: {
      ...report,
      sources: report.sources.map((source) =>
        source.reason ? { ...source, reason: render(language, source.reason) } : source,
      ),
    },
    human,
  }
}
