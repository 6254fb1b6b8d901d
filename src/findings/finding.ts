import type { Language, Message } from '../i18n/messages'
import type { CompactPart } from '../watch/diffText'
import { render } from '../i18n/messages'

/**
 * Findings are what `provider-desk lint`, the importer and the admin show about a
 * provider. Codes are a stable contract: scripts and the admin match on them.
 */
export const errorCodes = [
  'source.rejected',
  'source.malformed',
  'source.linked-without-vendor-page',
  'source.lookalike',
  'source.redirect-rejected',
  'text.unsafe-link',
  'text.unsafe-html',
] as const

export const warningCodes = [
  'source.insecure-http',
  'datasheet.mismatch',
  'text.obfuscated-email',
  'field.missing',
  'field.unknown-value',
  'section.empty',
  'provider.stale',
  'provider.due-soon',
  'source.changed',
  'evidence.edited',
  'evidence.vanished',
  'claim.unsupported',
  'source.moved',
  'source.unreachable',
  'source.blocked',
  'source.link-gone',
] as const

export type ErrorCode = (typeof errorCodes)[number]
export type WarningCode = (typeof warningCodes)[number]
export type FindingCode = ErrorCode | WarningCode
export type Severity = 'error' | 'warning'

/**
 * A finding as the rule makes and stores it: language-neutral. What is wrong and how to
 * fix it is its `messageCode` with `params`; the text is rendered in the reader's
 * language where findings are read (`readFinding`).
 */
export type Finding = {
  code: FindingCode
  severity: Severity
  /** The provider field (or `sources`) the finding is about. */
  field: string
  /** The URL, raw line or value concerned. */
  value: string
  /** For `source.changed`: what the vendor's page says now against what was approved. */
  diff?: CompactPart[]
} & Message

/** A finding as a person reads it: with its `message` in their language. */
export type ReadFinding = Finding & {
  /** What is wrong and how to fix it, in plain words. */
  message: string
}

const errorCodeSet: ReadonlySet<string> = new Set(errorCodes)

export const severityOf = (code: FindingCode): Severity =>
  errorCodeSet.has(code) ? 'error' : 'warning'

export const makeFinding = ({
  message,
  ...args
}: {
  code: FindingCode
  field: string
  value: string
  message: Message
}): Finding => ({ ...args, ...message, severity: severityOf(args.code) })

/** The finding with its message in `language`. */
export const readFinding = (finding: Finding, language: Language): ReadFinding => ({
  ...finding,
  message: render(language, finding),
})

export const hasError = (findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.severity === 'error')
