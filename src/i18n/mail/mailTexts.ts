import type { NoticeKind } from '../../notices/composeNotice'
import type { Language } from '../messages'
import { de } from './de'
import { en } from './en'

/**
 * The words of the workflow notices (`src/notices/composeNotice.ts`) and of the password
 * reset mail (`src/auth/passwordReset.ts`), one section per mail, one set per language:
 * the pieces each mail's layout joins, as `digest/` holds the reminder digest's. Both
 * languages are typed by this one type, so a piece missing in one does not compile.
 */
export type MailTexts = {
  notice: {
    subjectOne: (event: NoticeSubject) => string
    subjectMany: (count: number) => string
    greeting: (name: string | null) => string
    line: (event: NoticeSubject & { actorName: string | null }) => string
    comment: string
    open: string
    at: (when: string) => string
    footer: string
  }
  passwordReset: {
    subject: string
    greeting: (name: string) => string
    body: string
    ignore: string
    /** What stands in the outbox's copy where the link was. */
    redacted: string
  }
}

/** What a notice is about: what happened to which provider. */
type NoticeSubject = { kind: NoticeKind; providerName: string }

export const mailTexts: Readonly<Record<Language, MailTexts>> = { de, en }
