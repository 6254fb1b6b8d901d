import { openPayload } from '../../db/openPayload'
import type { Language } from '../../i18n/messages'
import { message, render } from '../../i18n/messages'
import { runReminders } from '../../reminders/runReminders'
import type { MailSummary } from '../../reminders/runReminders'
import type { CommandContext, CommandResult } from '../command'
import { remindCommand } from './remind'
import type { remindFlags } from './remind'
import { exitCodes, UsageError } from '../errors'

const { usage } = remindCommand

/** `--now 2026-11-23` → that day at 00:00 UTC; the clock for the whole run, sends included. */
const parseNow = (value: string | undefined, language: Language): Date => {
  if (value === undefined) return new Date()
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = new Date(`${value}T00:00:00.000Z`)
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(render(language, message('cli.remind.bad-now', { value, usage })))
  }
  return date
}

/** `  rita@example.org: session, signal; sources changed: https://…` (either part may be missing). */
const describeMail = (mail: MailSummary, language: Language): string => {
  const parts = [
    ...(mail.providers.length > 0 ? [mail.providers.join(', ')] : []),
    ...(mail.sources.length > 0
      ? [render(language, message('cli.remind.sources-changed', { sources: mail.sources }))]
      : []),
  ]
  return `  ${mail.to}: ${parts.join('; ')}`
}

export const runRemindCommand = async ({
  flags,
  progress,
  language,
}: CommandContext<typeof remindFlags>): Promise<CommandResult> => {
  const now = parseNow(flags.now, language)
  const isDryRun = flags['dry-run'] === true
  const payload = await openPayload()
  progress(render(language, message('cli.remind.progress', {})))
  const result = await runReminders({ payload, now, isDryRun })
  const sent = isDryRun ? (result.wouldSend ?? []) : result.sent
  const json = {
    sent: sent.map((mail) => ({ to: mail.to, providers: mail.providers, sources: mail.sources })),
    failed: result.failed.map((failure) => ({ to: failure.to, error: failure.error })),
    skipped: result.skipped,
    ...(isDryRun ? { dryRun: true } : {}),
  }
  const human = [
    isDryRun
      ? render(
          language,
          message('cli.remind.dry-run', {
            day: now.toISOString().slice(0, 10),
            count: sent.length,
          }),
        )
      : render(
          language,
          message('cli.remind.sent', {
            sent: sent.length,
            failed: result.failed.length,
            skipped: result.skipped,
          }),
        ),
    ...sent.map((mail) => describeMail(mail, language)),
    ...result.failed.map((failure) =>
      render(language, message('cli.remind.failed', { to: failure.to, error: failure.error })),
    ),
  ].join('\n')
  return { exitCode: result.failed.length > 0 ? exitCodes.failed : exitCodes.ok, json, human }
}
