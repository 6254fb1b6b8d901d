import { describe, expect, expectTypeOf, it } from 'vitest'

import type { Catalogue, MessageCode, MessageParams } from '../../../src/i18n/catalogue'
import { de } from '../../../src/i18n/de'
import { en } from '../../../src/i18n/en'
import type { Message } from '../../../src/i18n/messages'
import { catalogues, languageOf, render } from '../../../src/i18n/messages'

const vendors = ['vendor-one.example', 'github.com/vendor-two']

/**
 * Parameters for every message code. Typed against `MessageParams`, so a code added
 * to the list without a sample here does not compile.
 */
const samples: { [C in MessageCode]: MessageParams[C] } = {
  'source.malformed.no-url': { value: 'Nicht angegeben (sample)' },
  'source.malformed.unusable-url': { value: 'htps:/sample' },
  'source.rejected': { host: 'review-site.example', vendors },
  'source.rejected.stray-link': { url: 'https://stray.example/page', vendors },
  'source.linked-without-vendor-page': { host: 'auditor.example', vendors },
  'source.linked-without-vendor-page.linked-from': {
    host: 'auditor.example',
    linkedFrom: 'https://other.example/list',
    vendors,
  },
  'source.lookalike': {
    host: 'xn--vndor-one.example',
    unicodeHost: 'vеndor-one.example',
    imitates: 'vendor-one.example',
    vendors,
  },
  'source.lookalike.mixed-scripts': {
    host: 'xn--mixed.example',
    unicodeHost: 'mіxed.example',
    vendors,
  },
  'source.insecure-http': { host: 'plain.vendor-one.example' },
  'source.primary': { entry: 'vendor-one.example', from: 'website' },
  'source.linked': { host: 'auditor.example', linkedFrom: 'https://vendor-one.example/faq' },
  'source.no-report': {},
  'vendor-domain.not-a-host': { value: 'localhost-sample' },
  'source.language.not-tags': { value: 'Deutsch' },
  'vendor-domain.shared-no-prefix': { host: 'apps.apple.com' },
  'vendor-domain.shared-too-short': { host: 'youtube.com', count: 7 },
  'vendor-domain.shared-host': { host: 'medium.com', hints: ['<vendor>.medium.com'] },
  'vendor-domain.public-suffix': { host: 'blogspot.com' },
  'datasheet.mismatch.row': {
    label: 'Telefon erforderlich',
    row: 'no-sample',
    field: 'phone_required',
    fieldValue: 'yes-sample',
  },
  'datasheet.mismatch.legal-link': {
    label: 'Datenschutz',
    text: 'Privacy Policy (sample)',
    field: 'privacy',
    fieldValue: 'https://vendor-one.example/privacy',
  },
  'text.obfuscated-email': { field: 'body', placeholder: '[email protected]' },
  'text.unsafe-link': { url: 'javascript:alert(document.domain)', scheme: 'javascript:' },
  'text.unsafe-html': { element: 'script' },
  'text.unsafe-html.attribute': { element: 'img', attribute: 'onerror' },
  'field.missing': { field: 'description' },
  'section.empty': { section: 'Features' },
  'field.unknown-value': {
    field: 'pricing',
    value: 'Freemium',
    options: ['free', 'freemium', 'paid'],
  },
  'provider.stale': { updated: '2026-01-21', staleOn: '2026-07-20' },
  'provider.due-soon': { updated: '2026-01-22', staleOn: '2026-07-21', daysLeft: 9 },
  'source.changed': { removedLines: 3, addedLines: 5 },
  'source.moved': { finalUrl: 'https://vendor-one.example/new-faq' },
  'source.redirect-rejected': { finalUrl: 'https://elsewhere.example/', vendors },
  'source.unreachable': { failureCount: 4, reason: 'HTTP 404' },
  'source.blocked': {
    reason: { messageCode: 'watch.blocked', params: { address: '10.0.0.1', range: 'private' } },
  },
  'source.link-gone': { linkedFrom: 'https://vendor-one.example/audits' },
  'review.not-editor.edit': {},
  'review.not-editor.submit': {},
  'review.not-reviewer.approve': {},
  'review.not-reviewer.request-changes': {},
  'review.wrong-state': { state: 'changes_requested' },
  'review.comment-required': {},
  'review.own-edit': {},
  'review.one-at-a-time': {},
  'review.error-findings': { count: 2, findings: ['source.rejected: first line'] },
  'review.assign-forbidden': {},
  'review.provider-missing': {},
  'review.assign-not-reviewer': {},
  'review.assign-editor': { name: 'Erika' },
  'review.assigned': {},
  'review.submit-error-findings': { count: 1, findings: ['Die Quelle liegt nicht beim Anbieter'] },
  'review.publish-without-approval': {},
  'review.revision-missing': {},
  'review.revision-outdated': {
    approvedRevision: '2026-03-01T10:00:00.000Z',
    latest: '2026-03-02T11:00:00.000Z',
  },
  'review.restore-as-draft': {},
  'cli.severity.error': {},
  'cli.severity.warning': {},
  'cli.lint.no-findings': { slug: 'sample-slug' },
  'cli.lint.unknown-slug': { slug: 'sample-slug' },
  'cli.lint.unrecorded': { slug: 'sample-slug', versionId: '42' },
  'cli.lint.summary': { providers: 11, errors: 13 },
  'cli.import.imported': { file: 'pages/sample.md', slug: 'sample-slug' },
  'cli.import.findings': { count: 17, summary: '2× source.rejected' },
  'cli.import.failed': { file: 'pages/broken.md', error: 'page.bad-yaml' },
  'cli.import.summary': { imported: 19, failed: 23 },
  'cli.seed.seeded': { slug: 'sample-slug' },
  'cli.export.no-target': { usage: 'provider-desk export [--out DIR]' },
  'cli.export.commit-conflict': { usage: 'provider-desk export [--commit]' },
  'cli.export.progress': { done: 29, total: 31 },
  'cli.export.wrote': { file: 'src/pages/anbieter/sample/index.md' },
  'cli.export.removed': { file: 'src/pages/anbieter/gone/index.md' },
  'cli.export.summary': {
    written: 37,
    unchanged: 41,
    removed: 43,
    durationMs: 4711,
    commit: 'abcdef123456',
    exportId: '47',
    status: 'succeeded',
  },
  'cli.export.out-of-date': {},
  'cli.export.would-write': { file: 'src/pages/anbieter/new/index.md' },
  'cli.export.would-remove': { file: 'src/pages/anbieter/old/index.md' },
  'cli.export.awaiting': { count: 2, slugs: ['session', 'threema'] },
  'cli.export.up-to-date': { unchanged: 53 },
  'cli.remind.bad-now': { value: '2026-13-45', usage: 'provider-desk remind [--now]' },
  'cli.remind.progress': {},
  'cli.remind.dry-run': { day: '2026-12-02', count: 59 },
  'cli.remind.sent': { sent: 61, failed: 67, skipped: 71 },
  'cli.remind.sources-changed': { sources: ['https://vendor-one.example/privacy'] },
  'cli.remind.failed': { to: 'rita@example.test', error: 'ECONNREFUSED' },
  'cli.watch.unknown-slug': { slug: 'nobody-sample' },
  'cli.watch.progress-one': { slug: 'sample-slug' },
  'cli.watch.progress-all': {},
  'cli.watch.host-done': { host: 'vendor-one.example', total: 73 },
  'cli.watch.totals': {
    sources: 79,
    new: 83,
    unchanged: 89,
    changed: 97,
    moved: 101,
    failed: 103,
    blocked: 107,
  },
  'cli.watch.cited-by': { providers: ['sample-slug', 'other-slug'] },
  'cli.user.created': { email: 'ada@example.test', roles: ['editor', 'reviewer'] },
  'cli.user.updated': { email: 'ada@example.test', roles: ['admin'] },
  'http.bad-path': {},
  'http.method': { method: 'TRACE' },
  'http.bad-number': { name: 'page' },
  'http.no-boundary': {},
  'http.too-deep': { limit: 100 },
  'auth.team-only': {},
  'evidence.url-not-cited': { url: 'https://getsession.org/privacy-policy' },
  'evidence.no-snapshot': { url: 'https://getsession.org/privacy-policy' },
  'evidence.quote-not-found': {
    url: 'https://getsession.org/privacy-policy',
    fetchedAt: '2026-12-01T10:00:00.000Z',
  },
  'evidence.fetch-blocked': { url: 'https://getsession.org/intern' },
  'evidence.fetch-http': { url: 'https://getsession.org/gone', status: 404 },
  'evidence.fetch-failed': { url: 'https://getsession.org/slow', reason: 'timeout' },
  'evidence.edited': { claim: 'retention_max_days', before: '6 Monate', after: '18 Monate' },
  'evidence.vanished': { claim: 'logs', before: 'Wir speichern keine Logs.', candidate: '' },
  'claim.unsupported': { field: 'phone_required', row: 'Telefon erforderlich' },
  'claim.unsupported.grouped': { count: 12, labels: ['Telefonnummer nötig', 'Logs'] },
  'review.approved-meanwhile': { at: '2026-12-01T10:00:00.000Z' },
  'auth.reset-requested': {},
  'auth.reset-email-invalid': {},
  'auth.reset-rest-only': {},
  'auth.password-too-short': { min: 12 },
  'graphql.too-deep': { depth: 14, limit: 10 },
  'graphql.too-many-aliases': { count: 200, limit: 20 },
  'graphql.too-costly': { cost: 100000, limit: 5000 },
  'provider.not-found': { id: '4711' },
  'findings.bad-request': {},
  'watch.held-back': { length: 131, storedLength: 48211 },
  'watch.not-stored': { detail: 'SQLITE_BUSY: database is locked' },
  'watch.redirects': { finalUrl: 'https://vendor-one.example/new-faq' },
  'watch.redirects-off-vendor': { finalUrl: 'https://elsewhere.example/' },
  'watch.new-baseline': {},
  'watch.blocked': { address: '169.254.169.254', range: 'cloudMetadata' },
  'watch.blocked.resolves': {
    host: 'internal.vendor-one.example',
    address: '10.0.0.1',
    range: 'private',
  },
  'watch.bad-url': { url: 'htps:/sample' },
  'watch.unsupported-protocol': { protocol: 'ftp:' },
  'watch.too-many-redirects': { maxRedirects: 5 },
  'watch.no-answer': { ms: 30000 },
  'watch.unresolved': { detail: 'vendor-one.example: ENOTFOUND' },
  'watch.timeout': { detail: 'Connect Timeout Error' },
  'watch.network': { code: 'ECONNREFUSED', detail: 'connect ECONNREFUSED 127.0.0.1:443' },
  'watch.tls': { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', detail: 'self-signed certificate' },
  'watch.bad-redirect': { location: 'http://[bad' },
  'watch.unexpected-304': {},
  'watch.http-error': { status: 404 },
  'watch.unsupported-type': { contentType: 'image/png' },
  'watch.too-large': { maxBytes: 5242880 },
  'watch.unreadable': { name: 'InvalidPDFException', detail: 'Invalid PDF structure.' },
  'watch.too-deep': { maxDepth: 512 },
  'watch.too-many-pages': { pages: 1001, maxPages: 1000 },
  'watch.selectors-no-text': { selectors: ['#gone', 'main'] },
  'watch.no-text': {},
  'watch.inflated': { maxMb: 128 },
  'watch.out-of-memory': { maxMb: 64 },
  'watch.too-slow': { seconds: 0.3 },
  'input.control-characters': { name: 'name' },
  'input.format-character': { name: 'name', character: 'U+202E' },
  'input.slug': { maxLength: 100, length: 101 },
  'input.where.geo-operator': {
    where: 'where[name][near]',
    operator: 'near',
    path: 'name',
    fieldType: 'text',
  },
  'input.where.date': { where: 'where[updatedAt][greater_than]', path: 'updatedAt' },
  'input.wrong-kind': { path: 'vendorDomains', kind: 'rows' },
  'input.not-an-option': { path: 'pricing', options: ['free', 'freemium', 'paid'] },
  'input.out-of-range': { path: 'intervalDays', min: 1, max: 730 },
  'cli.import.progress': { done: 2, total: 9, file: 'session.md' },
  'page.crlf-line-endings': {},
  'page.unsupported-frontmatter': { fence: '---js' },
  'page.no-frontmatter': {},
  'page.unclosed-frontmatter': {},
  'page.bad-yaml': { detail: 'Map keys must be unique' },
  'page.frontmatter-not-mapping': {},
  'page.key-not-scalar': {},
  'page.forbidden-key': { key: '__proto__' },
  'markdown.unsupported': { what: { nodeType: 'blockquote' } },
  'file.unreadable': { detail: 'EACCES' },
  'file.too-large': { size: '20.0 MB', limit: '1.0 MB' },
  'file.binary': {},
  'file.not-utf8': {},
  'cli.usage.unknown-option': { option: '--frob', usage: 'provider-desk lint' },
  'cli.usage.bad-value': { option: '--out <value>', usage: 'provider-desk export' },
  'cli.usage.unexpected-argument': { argument: 'extra', usage: 'provider-desk lint' },
  'cli.usage.other': { detail: 'Something odd', usage: 'provider-desk lint' },
  'cli.usage.bad-lang': { value: 'fr' },
  'cli.import.no-files': { usage: 'provider-desk import <file|dir>…' },
  'export.bad-target.not-a-folder': { siteDir: '/srv/site' },
  'export.bad-target.not-writable': { siteDir: '/srv/site' },
  'export.bad-manifest': {
    file: '/srv/site/.provider-desk-export.json',
    reason: 'Unexpected token',
  },
  'export.busy': { startedAt: '2026-12-01T10:00:00.000Z' },
  'export.git.not-a-work-tree': { siteDir: '/srv/site' },
  'export.git.failed': { exitCode: '128' },
  'export.page-symlink': { path: 'src/pages/anbieter/session/index.md' },
  'export.failed': { exportId: '42' },
  'export.page-failed': {
    path: 'src/pages/anbieter/x/index.md',
    errorCode: 'ENAMETOOLONG',
  },
  'export.interrupted': {},
  'export.not-started': {},
  'export.login-required': {},
  'export.forbidden': {},
  'export.no-site-dir': {},
  'export.request-failed': {},
  'export.bad-request': {},
  'export.started': {},
  'provider.not-published': { id: '4711' },
}

/** Parameters the texts show in a form of their own language (a label, a date), not as given. */
const labelledParams: Partial<Record<MessageCode, readonly string[]>> = {
  'input.wrong-kind': ['kind'],
  // A shape named in each language, or a node type (shown as it is: tested below).
  'markdown.unsupported': ['what'],
  // The watch's reason, itself a message (its own parameters are checked under its code).
  'source.blocked': ['reason'],
  'review.wrong-state': ['state'],
  'provider.stale': ['updated', 'staleOn'],
  'provider.due-soon': ['updated', 'staleOn'],
  'review.revision-outdated': ['approvedRevision', 'latest'],
  'evidence.quote-not-found': ['fetchedAt'],
  'review.approved-meanwhile': ['at'],
  'export.busy': ['startedAt'],
  'cli.remind.dry-run': ['day'],
  'source.primary': ['from'],
  'datasheet.mismatch.row': ['field'],
  'datasheet.mismatch.legal-link': ['field'],
  'text.obfuscated-email': ['field'],
  'field.missing': ['field'],
  'field.unknown-value': ['field'],
  'claim.unsupported': ['field'],
  'evidence.fetch-failed': ['reason'],
}

const codes = Object.keys(samples).sort() as MessageCode[]

const shownValues = (code: MessageCode): string[] =>
  Object.entries(samples[code])
    .filter(([name]) => !labelledParams[code]?.includes(name))
    .flatMap(([, value]) => (Array.isArray(value) ? value.map(String) : [String(value)]))

const textOf = (language: 'de' | 'en', code: MessageCode): string =>
  render(language, { messageCode: code, params: samples[code] } as Message)

describe('the message catalogues', () => {
  it('type both catalogues against the one list of codes and parameters', () => {
    expectTypeOf(de).toEqualTypeOf<Catalogue>()
    expectTypeOf(en).toEqualTypeOf<Catalogue>()
    expectTypeOf<keyof typeof de>().toEqualTypeOf<MessageCode>()
  })

  it('have exactly the same codes in German and English', () => {
    expect(Object.keys(de).sort()).toEqual(codes)
    expect(Object.keys(en).sort()).toEqual(codes)
  })

  it.each(codes)('show every parameter of %s in both languages', (code) => {
    for (const value of shownValues(code)) {
      expect(textOf('de', code)).toContain(value)
      expect(textOf('en', code)).toContain(value)
    }
  })

  it('show dates as German dates in German and readable dates in English', () => {
    expect(textOf('de', 'export.busy')).toContain('seit 01.12.2026, 11:00')
    expect(textOf('en', 'export.busy')).toContain('since 1 December 2026, 11:00')
  })

  it("name fields by their label in the reader's language, not by their key", () => {
    expect(textOf('de', 'field.missing')).toContain('Das Feld „Beschreibung“ ist leer')
    expect(textOf('en', 'field.missing')).toContain('The field "Description" is empty')
  })

  it('names an unsupported fact by its label and Datenblatt row, not by its key', () => {
    for (const language of ['de', 'en'] as const) {
      expect(textOf(language, 'claim.unsupported')).toContain('Telefon erforderlich')
      expect(textOf(language, 'claim.unsupported')).not.toContain('phone_required')
    }
  })

  it.each(codes)('say %s differently in German and English', (code) => {
    expect(textOf('de', code)).not.toBe(textOf('en', code))
  })

  it.each(codes)('write %s without an empty or undefined part', (code) => {
    for (const language of ['de', 'en'] as const) {
      expect(textOf(language, code).trim()).not.toBe('')
      expect(textOf(language, code)).not.toMatch(/undefined|null|NaN|\[object/)
    }
  })

  it('writes the bounds of a number in each language', () => {
    const outOfRange: Message = {
      messageCode: 'input.out-of-range',
      params: { path: 'count', min: -1_000_000_000, max: 1_000_000_000 },
    }
    expect(render('de', outOfRange)).toBe(
      '„count“ muss zwischen -1.000.000.000 und 1.000.000.000 liegen.',
    )
    expect(render('en', outOfRange)).toBe(
      '"count" must be between -1,000,000,000 and 1,000,000,000.',
    )
  })

  it('names the kind a value must be in each language', () => {
    const wrongKind: Message = {
      messageCode: 'input.wrong-kind',
      params: { path: 'vendorDomains', kind: 'rows' },
    }
    expect(render('de', wrongKind)).toBe(
      '„vendorDomains“ muss eine Liste von Einträgen (Objekten) sein.',
    )
    expect(render('en', wrongKind)).toBe('"vendorDomains" must be a list of entries (objects).')
  })

  it('names an unsupported markdown shape in each language and a node type as it is', () => {
    const looseList: Message = {
      messageCode: 'markdown.unsupported',
      params: { what: { shape: 'loose-list' } },
    }
    expect(render('de', looseList)).toBe(
      'Dieses Markdown kann der Editor nicht abbilden: eine Liste mit Leerzeilen zwischen den Punkten. Schreib die Stelle als Absatz, Liste oder Link.',
    )
    expect(render('en', looseList)).toBe(
      'markdown construct not supported by the Slate codec: loose list',
    )
    const quote: Message = {
      messageCode: 'markdown.unsupported',
      params: { what: { nodeType: 'blockquote' } },
    }
    expect(render('de', quote)).toContain(': blockquote.')
    expect(render('en', quote)).toBe(
      'markdown construct not supported by the Slate codec: blockquote',
    )
  })

  it("words the watch's reason inside a finding in the finding's language", () => {
    const blocked: Message = {
      messageCode: 'source.blocked',
      params: { reason: { messageCode: 'watch.http-error', params: { status: 404 } } },
    }
    expect(render('de', blocked)).toContain('verweigert: der Server antwortet mit HTTP 404.')
    expect(render('en', blocked)).toContain('refused to fetch this page: HTTP 404.')
  })

  it('shows a reason stored as plain text before reasons had codes as it is', () => {
    const unreachable: Message = {
      messageCode: 'source.unreachable',
      params: { failureCount: 3, reason: 'HTTP 404' },
    }
    expect(render('de', unreachable)).toContain('fehlgeschlagen (HTTP 404)')
    expect(render('en', unreachable)).toContain('failed (HTTP 404)')
  })

  it('names a review state by its German label in German', () => {
    expect(textOf('de', 'review.wrong-state')).toContain('„Änderungen erbeten“')
    expect(textOf('en', 'review.wrong-state')).toContain('"changes requested"')
  })

  it('keeps both catalogues reachable by language', () => {
    expect(catalogues).toEqual({ de, en })
  })
})

describe('languageOf', () => {
  it.each([
    {
      behaviour: "prefers the user's language over the admin's",
      user: 'en',
      admin: 'de',
      is: 'en',
    },
    {
      behaviour: "prefers the user's German over an English admin",
      user: 'de',
      admin: 'en',
      is: 'de',
    },
    {
      behaviour: "takes the admin's language without a user",
      user: undefined,
      admin: 'en',
      is: 'en',
    },
    {
      behaviour: 'is German without user or admin language',
      user: undefined,
      admin: undefined,
      is: 'de',
    },
    { behaviour: 'is German for another admin language', user: undefined, admin: 'fr', is: 'de' },
  ])('$behaviour', ({ user, admin, is }) => {
    expect(
      languageOf({
        user: user ? { language: user } : null,
        i18n: admin ? { language: admin } : undefined,
      }),
    ).toBe(is)
  })
})
