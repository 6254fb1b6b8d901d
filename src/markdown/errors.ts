import { DeskError } from '../errors'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'

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

  /** `detail`: what is wrong, worded by the catalogue (the report reads it in its language). */
  constructor(code: PageErrorCode, detail: Message) {
    super({ code, status: 400, isExpected: true, detail })
  }
}

/** Markdown the codec does not map to Slate (code blocks, quotes, images …). */
export class UnsupportedMarkdownError extends DeskError {
  declare readonly code: 'markdown.unsupported'

  constructor(what: string) {
    const detail = message('markdown.unsupported', { what })
    super({ code: 'markdown.unsupported', status: 400, isExpected: true, detail })
  }
}
