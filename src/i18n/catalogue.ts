import type { Message } from './messages'

/**
 * The parameters of every message people read, by stable code: the one list both
 * catalogues (`de.ts`, `en.ts`) are typed against, so a code missing in one language,
 * or taking other parameters there, does not compile. Parameters are plain JSON
 * (findings store them); `vendors` is the list of vendor domains as written.
 */
export type MessageParams = {
  // The source rule: findings.
  'source.malformed.no-url': { value: string }
  'source.malformed.unusable-url': { value: string }
  'source.rejected': { host: string; vendors: string[] }
  'source.rejected.stray-link': { url: string; vendors: string[] }
  'source.linked-without-vendor-page': { host: string; vendors: string[] }
  'source.linked-without-vendor-page.linked-from': {
    host: string
    linkedFrom: string
    vendors: string[]
  }
  'source.lookalike': { host: string; unicodeHost: string; imitates: string; vendors: string[] }
  'source.lookalike.mixed-scripts': { host: string; unicodeHost: string; vendors: string[] }
  'source.insecure-http': { host: string }
  // The source rule: why an entry counts.
  'source.primary': { entry: string; from: string }
  'source.linked': { host: string; linkedFrom: string }
  'source.no-report': Record<string, never>
  // The editable vendor domains.
  'vendor-domain.not-a-host': { value: string }
  // A source's language for the watch.
  'source.language.not-tags': { value: string }
  'vendor-domain.shared-no-prefix': { host: string }
  'vendor-domain.shared-too-short': { host: string; count: number }
  'vendor-domain.shared-host': { host: string; hints: string[] }
  'vendor-domain.public-suffix': { host: string }
  // Lint.
  'datasheet.mismatch.row': { label: string; row: string; field: string; fieldValue: string }
  'datasheet.mismatch.legal-link': {
    label: string
    text: string
    field: string
    fieldValue: string
  }
  'text.obfuscated-email': { field: string; placeholder: string }
  'text.unsafe-link': { url: string; scheme: string }
  'text.unsafe-html': { element: string }
  'text.unsafe-html.attribute': { element: string; attribute: string }
  'field.missing': { field: string }
  'section.empty': { section: string }
  'field.unknown-value': { field: string; value: string; options: string[] }
  'provider.stale': { updated: string; staleOn: string }
  'provider.due-soon': { updated: string; staleOn: string; daysLeft: number }
  // The source watch.
  'source.changed': { removedLines: number; addedLines: number }
  // Claim-level evidence.
  'evidence.url-not-cited': { url: string }
  'evidence.no-snapshot': { url: string }
  'evidence.quote-not-found': { url: string; fetchedAt: string }
  // A cited document fetched for a quote (src/evidence/documentText.ts).
  'evidence.fetch-blocked': { url: string }
  'evidence.fetch-http': { url: string; status: number }
  'evidence.fetch-failed': {
    url: string
    reason: 'timeout' | 'unreachable' | 'tls' | 'too-large' | 'not-a-document' | 'no-text'
  }
  'evidence.edited': { claim: string; before: string; after: string }
  'evidence.vanished': { claim: string; before: string; candidate: string }
  /** `row`: the fact's Datenblatt row, which an evidence entry may name as its claim. */
  'claim.unsupported': { field: string; row: string }
  /** The `claim.unsupported` findings as one line (the approval's warnings): the facts' labels. */
  'claim.unsupported.grouped': { count: number; labels: string[] }
  'source.moved': { finalUrl: string }
  'source.redirect-rejected': { finalUrl: string; vendors: string[] }
  /** `reason`: the watch's (`watch.…`), or a reason stored as text before reasons had codes. */
  'source.unreachable': { failureCount: number; reason: Message | string }
  'source.blocked': { reason: Message | string }
  'source.link-gone': { linkedFrom: string }
  // The review workflow's refusals.
  'review.not-editor.edit': Record<string, never>
  'review.not-editor.submit': Record<string, never>
  'review.not-reviewer.approve': Record<string, never>
  'review.not-reviewer.request-changes': Record<string, never>
  'review.wrong-state': { state: 'draft' | 'changes_requested' | 'approved' | 'new' }
  'review.comment-required': Record<string, never>
  'review.own-edit': Record<string, never>
  'review.one-at-a-time': Record<string, never>
  /** `findings`: the error findings' lines, already in the same language. */
  'review.error-findings': { count: number; findings: string[] }
  'review.submit-error-findings': { count: number; findings: string[] }
  'review.publish-without-approval': Record<string, never>
  'review.revision-missing': Record<string, never>
  'review.revision-outdated': { approvedRevision: string; latest: string }
  'review.approved-meanwhile': { at: string }
  'review.restore-as-draft': Record<string, never>
  'review.assign-forbidden': Record<string, never>
  'review.provider-missing': Record<string, never>
  'review.assign-not-reviewer': Record<string, never>
  'review.assign-editor': { name: string }
  'review.assigned': Record<string, never>
  // The command line's human output.
  'cli.severity.error': Record<string, never>
  'cli.severity.warning': Record<string, never>
  'cli.usage.unknown-option': { option: string; usage: string }
  'cli.usage.bad-value': { option: string; usage: string }
  'cli.usage.unexpected-argument': { argument: string; usage: string }
  /** Node's own words for a command line it could not parse. */
  'cli.usage.other': { detail: string; usage: string }
  'cli.usage.bad-lang': { value: string }
  'cli.import.no-files': { usage: string }
  'cli.import.progress': { done: number; total: number; file: string }
  'cli.lint.no-findings': { slug: string }
  'cli.lint.unknown-slug': { slug: string }
  'cli.lint.unrecorded': { slug: string; versionId: string }
  'cli.lint.summary': { providers: number; errors: number }
  'cli.import.imported': { file: string; slug: string }
  'cli.import.findings': { count: number; summary: string }
  'cli.import.failed': { file: string; error: string }
  'cli.import.summary': { imported: number; failed: number }
  'cli.seed.seeded': { slug: string }
  'cli.export.no-target': { usage: string }
  'cli.export.commit-conflict': { usage: string }
  'cli.export.progress': { done: number; total: number }
  'cli.export.wrote': { file: string }
  'cli.export.removed': { file: string }
  /** `commit`: the short commit id, or '' when nothing was committed; `status` is the run's stable status. */
  'cli.export.summary': {
    written: number
    unchanged: number
    removed: number
    durationMs: number
    commit: string
    exportId: string
    status: string
  }
  'cli.export.out-of-date': Record<string, never>
  'cli.export.would-write': { file: string }
  'cli.export.would-remove': { file: string }
  'cli.export.up-to-date': { unchanged: number }
  'cli.export.awaiting': { count: number; slugs: string[] }
  'cli.remind.bad-now': { value: string; usage: string }
  'cli.remind.progress': Record<string, never>
  'cli.remind.dry-run': { day: string; count: number }
  'cli.remind.sent': { sent: number; failed: number; skipped: number }
  'cli.remind.sources-changed': { sources: string[] }
  'cli.remind.failed': { to: string; error: string }
  'cli.watch.unknown-slug': { slug: string }
  'cli.watch.progress-one': { slug: string }
  'cli.watch.progress-all': Record<string, never>
  'cli.watch.host-done': { host: string; total: number }
  /** The counts by status; the statuses themselves are stable codes (`new`, `changed` …). */
  'cli.watch.totals': {
    sources: number
    new: number
    unchanged: number
    changed: number
    moved: number
    failed: number
    blocked: number
  }
  'cli.watch.cited-by': { providers: string[] }
  'cli.user.created': { email: string; roles: string[] }
  'cli.user.updated': { email: string; roles: string[] }
  // Export runs: stored in an export's record as codes, read in the reader's language.
  'export.bad-target.not-a-folder': { siteDir: string }
  'export.bad-target.not-writable': { siteDir: string }
  'export.bad-manifest': { file: string; reason: string }
  'export.busy': { startedAt: string }
  'export.git.not-a-work-tree': { siteDir: string }
  'export.git.failed': { exitCode: string }
  'export.failed': { exportId: string }
  'export.page-failed': { path: string; errorCode: string }
  'export.page-symlink': { path: string }
  'export.interrupted': Record<string, never>
  'export.not-started': Record<string, never>
  'export.login-required': Record<string, never>
  'export.forbidden': Record<string, never>
  'export.no-site-dir': Record<string, never>
  'export.request-failed': Record<string, never>
  'export.bad-request': Record<string, never>
  'export.started': Record<string, never>
  // Pages the importer cannot read (the import report).
  'page.crlf-line-endings': Record<string, never>
  'page.unsupported-frontmatter': { fence: string }
  'page.no-frontmatter': Record<string, never>
  'page.unclosed-frontmatter': Record<string, never>
  /** `detail`: the YAML parser's own words. */
  'page.bad-yaml': { detail: string }
  'page.frontmatter-not-mapping': Record<string, never>
  'page.key-not-scalar': Record<string, never>
  'page.forbidden-key': { key: string }
  'markdown.unsupported': { what: UnsupportedMarkdown }
  /** `detail`: the operating system's own words. */
  'file.unreadable': { detail: string }
  'file.too-large': { size: string; limit: string }
  'file.binary': Record<string, never>
  'file.not-utf8': Record<string, never>
  // Endpoints.
  'http.bad-path': Record<string, never>
  'http.method': { method: string }
  'http.bad-number': { name: string }
  'http.no-boundary': Record<string, never>
  'http.too-deep': { limit: number }
  'auth.team-only': Record<string, never>
  'auth.reset-requested': Record<string, never>
  'auth.reset-email-invalid': Record<string, never>
  'auth.reset-rest-only': Record<string, never>
  'auth.password-too-short': { min: number }
  'graphql.too-deep': { depth: number; limit: number }
  'graphql.too-many-aliases': { count: number; limit: number }
  'graphql.too-costly': { cost: number; limit: number }
  'provider.not-found': { id: string }
  'provider.not-published': { id: string }
  'findings.bad-request': Record<string, never>
  // The source watch's reasons (stored in a source's `reason`): technical codes as parameters.
  'watch.held-back': { length: number; storedLength: number }
  /** `detail`: the database's own words. */
  'watch.not-stored': { detail: string }
  'watch.redirects': { finalUrl: string }
  'watch.redirects-off-vendor': { finalUrl: string }
  'watch.new-baseline': Record<string, never>
  'watch.blocked': { address: string; range: string }
  'watch.blocked.resolves': { host: string; address: string; range: string }
  'watch.bad-url': { url: string }
  'watch.unsupported-protocol': { protocol: string }
  'watch.too-many-redirects': { maxRedirects: number }
  'watch.no-answer': { ms: number }
  /** `detail`: the resolver's or the network's own words (`getsession.org: ENOTFOUND`). */
  'watch.unresolved': { detail: string }
  'watch.timeout': { detail: string }
  'watch.network': { code: string; detail: string }
  'watch.tls': { code: string; detail: string }
  'watch.bad-redirect': { location: string }
  'watch.unexpected-304': Record<string, never>
  'watch.http-error': { status: number }
  /** `contentType`: '' when the server named none. */
  'watch.unsupported-type': { contentType: string }
  'watch.too-large': { maxBytes: number }
  /** `name`, `detail`: pdf.js's exception and its words. */
  'watch.unreadable': { name: string; detail: string }
  'watch.too-deep': { maxDepth: number }
  'watch.too-many-pages': { pages: number; maxPages: number }
  'watch.selectors-no-text': { selectors: string[] }
  'watch.no-text': Record<string, never>
  'watch.inflated': { maxMb: number }
  'watch.out-of-memory': { maxMb: number }
  'watch.too-slow': { seconds: number }
  // Input checks (src/validation): a value or a query a collection cannot take.
  'input.control-characters': { name: string }
  /** `character`: the code point as U+XXXX. */
  'input.format-character': { name: string; character: string }
  'input.slug': { maxLength: number; length: number }
  /** `where`: the condition as the query names it, `where[path][operator]`. */
  'input.where.geo-operator': { where: string; operator: string; path: string; fieldType: string }
  'input.where.date': { where: string; path: string }
  'input.wrong-kind': { path: string; kind: InputKind }
  'input.not-an-option': { path: string; options: string[] }
  'input.out-of-range': { path: string; min: number; max: number }
}

/** What an input check expected of a value (`input.wrong-kind`), named in each language. */
export type InputKind =
  | 'text'
  | 'texts'
  | 'number'
  | 'numbers'
  | 'date'
  | 'boolean'
  | 'rows'
  | 'object'
  | 'richText'
  | 'id'

/**
 * What the editor cannot show (`markdown.unsupported`): a shape of an otherwise known
 * construct, named in each language, or an mdast node type, shown as it is.
 */
export type UnsupportedMarkdown = { shape: MarkdownShape } | { nodeType: string }

/** The shapes of lists, links and details blocks that do not map to Slate. */
export type MarkdownShape =
  | 'loose-list'
  | 'loose-or-task-list-item'
  | 'list-item-not-text'
  | 'link-title'
  | 'unclosed-details'

export type MessageCode = keyof MessageParams

/** One language's texts: a function per code taking exactly that code's parameters. */
export type Catalogue = { readonly [C in MessageCode]: (params: MessageParams[C]) => string }

/** The message's text in `catalogue`'s language: the one place a message is worded. */
export const renderIn = (catalogue: Catalogue, { messageCode, params }: Message): string =>
  (catalogue[messageCode] as (params: Message['params']) => string)(params)

/**
 * The watch's reason inside a finding (`source.unreachable`, `source.blocked`) in the
 * language of `catalogue`; a reason stored as plain text before reasons had codes as it is.
 */
export const reasonIn = (catalogue: Catalogue, reason: Message | string): string =>
  typeof reason === 'string' ? reason : renderIn(catalogue, reason)
