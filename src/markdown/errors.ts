import { DeskError } from '../errors'

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
export class PageError extends DeskError {
  declare readonly code: PageErrorCode

  constructor({ code, message }: { code: PageErrorCode; message: string }) {
    super({ code, status: 400, isExpected: true, message })
  }
}

/** Markdown the codec does not map to Slate (code blocks, quotes, images …). */
export class UnsupportedMarkdownError extends DeskError {
  declare readonly code: 'markdown.unsupported'

  constructor(what: string) {
    super({
      code: 'markdown.unsupported',
      status: 400,
      isExpected: true,
      message: `markdown construct not supported by the Slate codec: ${what}`,
    })
  }
}
