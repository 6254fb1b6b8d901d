import type { CompactPart } from '../watch/diffText'

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
] as const

export const warningCodes = [
  'source.insecure-http',
  'datasheet.mismatch',
  'text.obfuscated-email',
  'field.missing',
  'field.unknown-value',
  'provider.stale',
  'provider.due-soon',
  'source.changed',
  'source.moved',
  'source.unreachable',
  'source.blocked',
  'source.link-gone',
] as const

export type ErrorCode = (typeof errorCodes)[number]
export type WarningCode = (typeof warningCodes)[number]
export type FindingCode = ErrorCode | WarningCode
export type Severity = 'error' | 'warning'

export type Finding = {
  code: FindingCode
  severity: Severity
  /** What is wrong and how to fix it, in plain words. */
  message: string
  /** The provider field (or `sources`) the finding is about. */
  field: string
  /** The URL, raw line or value concerned. */
  value: string
  /** For `source.changed`: what the vendor's page says now against what was approved. */
  diff?: CompactPart[]
}

const errorCodeSet: ReadonlySet<string> = new Set(errorCodes)

export const severityOf = (code: FindingCode): Severity =>
  errorCodeSet.has(code) ? 'error' : 'warning'

export const makeFinding = (args: Omit<Finding, 'severity'>): Finding => ({
  ...args,
  severity: severityOf(args.code),
})

export const hasError = (findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.severity === 'error')
