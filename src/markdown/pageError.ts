export const pageErrorCodes = [
  'page.no-frontmatter',
  'page.unclosed-frontmatter',
  'page.unsupported-frontmatter',
  'page.crlf-line-endings',
  'page.bad-yaml',
  'page.frontmatter-not-mapping',
  'page.forbidden-key',
] as const

export type PageErrorCode = (typeof pageErrorCodes)[number]

/** A page that cannot be read. Expected at import time: report it, skip the file. */
export class PageError extends Error {
  readonly code: PageErrorCode
  readonly mayBeTransient = false

  constructor({ code, message }: { code: PageErrorCode; message: string }) {
    super(message)
    this.name = 'PageError'
    this.code = code
  }
}
