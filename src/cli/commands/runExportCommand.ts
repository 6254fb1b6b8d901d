import path from 'node:path'

import { openPayload } from '../../db/openPayload'
import type { Language } from '../../i18n/messages'
import { message, render } from '../../i18n/messages'
import { env } from '../../env'
import { runExport } from '../../export/runs'
import { checkSite } from '../../export/plan'
import type { AwaitingRef } from '../../export/published'
import { listSitePages } from '../../export/published'
import { problemFor } from '../../export/errors'
import { pathsOf, problemsOf } from '../../export/recordFields'
import type { Export } from '../../payload-types'
import type { CommandContext, CommandResult } from '../command'
import { exportCommand } from './export'
import type { exportFlags } from './export'
import { exitCodes, UsageError } from '../errors'

/** A recorded run's outcome: the record's counts, commit and errors; exit 1 when it failed. */
const recordedResult = (record: Export, language: Language): CommandResult => {
  const written = pathsOf(record.written)
  const removed = pathsOf(record.removed)
  // Each message in the requested language, next to its stable code.
  const errors = problemsOf(record.errors).map((problem) => problemFor(problem, language))
  return {
    exitCode: record.status === 'succeeded' ? exitCodes.ok : exitCodes.failed,
    json: {
      exportId: record.id,
      status: record.status,
      written,
      unchanged: record.unchanged ?? 0,
      removed,
      commit: record.commit ?? null,
      errors,
    },
    human: [
      ...written.map((file) => render(language, message('cli.export.wrote', { file }))),
      ...removed.map((file) => render(language, message('cli.export.removed', { file }))),
      ...errors.map((problem) => `${problem.code}: ${problem.message}`),
      render(
        language,
        message('cli.export.summary', {
          written: written.length,
          unchanged: record.unchanged ?? 0,
          removed: removed.length,
          durationMs: record.durationMs ?? 0,
          commit: record.commit?.slice(0, 12) ?? '',
          exportId: String(record.id),
          status: record.status,
        }),
      ),
    ].join('\n'),
  }
}

/**
 * The pages the desk does not write because no second person ever approved them
 * (docs/decisions/0012), named after the run's own output: `awaiting` in `--json`.
 */
const withAwaiting = (
  result: CommandResult,
  awaiting: readonly AwaitingRef[],
  language: Language,
): CommandResult => ({
  ...result,
  json: { ...(result.json as object), awaiting: awaiting.map((ref) => ref.slug) },
  human:
    awaiting.length === 0
      ? result.human
      : [
          result.human,
          render(
            language,
            message('cli.export.awaiting', {
              count: awaiting.length,
              slugs: awaiting.map((ref) => ref.slug),
            }),
          ),
        ].join('\n'),
})

const { usage } = exportCommand

export const runExportCommand = async ({
  flags,
  progress,
  language,
}: CommandContext<typeof exportFlags>): Promise<CommandResult> => {
  const target = flags.out ?? env().SITE_DIR
  if (!target) throw new UsageError(render(language, message('cli.export.no-target', { usage })))
  if (flags.commit && flags['no-commit'])
    throw new UsageError(render(language, message('cli.export.commit-conflict', { usage })))
  const payload = await openPayload()
  if (!flags.check) {
    const record = await runExport({
      payload,
      siteDir: path.resolve(target),
      by: `cli (${process.env.USER ?? 'unknown user'})`,
      isPrune: Boolean(flags.prune),
      isCommit: flags['no-commit'] ? false : (flags.commit ?? env().EXPORT_GIT_COMMIT),
      // No person started it: the commit message is in the command's language.
      language,
      onProgress: ({ done, total }) =>
        progress(render(language, message('cli.export.progress', { done, total }))),
    })
    const { awaiting } = await listSitePages(payload)
    return withAwaiting(recordedResult(record, language), awaiting, language)
  }
  const result = await checkSite({
    payload,
    siteDir: path.resolve(target),
    isPrune: Boolean(flags.prune),
  })
  const json = { written: result.written, unchanged: result.unchanged, removed: result.removed }
  const { awaiting } = await listSitePages(payload)
  return withAwaiting(
    {
      exitCode: result.isOutOfDate ? exitCodes.failed : exitCodes.ok,
      json: { ...json, outOfDate: result.isOutOfDate },
      human: result.isOutOfDate
        ? [
            render(language, message('cli.export.out-of-date', {})),
            ...result.written.map((file) =>
              render(language, message('cli.export.would-write', { file })),
            ),
            ...result.removed.map((file) =>
              render(language, message('cli.export.would-remove', { file })),
            ),
          ].join('\n')
        : render(language, message('cli.export.up-to-date', { unchanged: result.unchanged })),
    },
    awaiting,
    language,
  )
}
