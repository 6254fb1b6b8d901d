import { DeskError } from '../errors'
import type { UnsupportedMarkdown } from '../i18n/catalogue'
import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'

/**
 * Why a page cannot be read: its file (`file.…`, found by the importer before the text is
 * read) or its text (`page.…`, found here).
 */
export const pageErrorCodes = [
  'file.too-large',
  'file.binary',
  'file.not-utf8',
  'file.unreadable',
  'page.no-frontmatter',
  'page.unclosed-frontmatter',
  'page.unsupported-frontmatter',
  'page.crlf-line-endings',
  'page.bad-yaml',
  'page.frontmatter-not-mapping',
  'page.forbidden-key',
] as const

export type PageErrorCode = (typeof pageErrorCodes)[number]

/**
 * A page that cannot be read, from its file (too large, binary, not UTF-8, unreadable) or
 * its text. Expected at import time: report it by file, skip it, import the others.
 */
export class PageError extends DeskError {
  declare readonly code: PageErrorCode

  /** `detail`: what is wrong, worded by the catalogue (the report reads it in its language). */
  constructor(code: PageErrorCode, detail: Message) {
    super({ code, status: 400, isExpected: true, detail })
  }
}

/** Markdown `slateFromMarkdown` does not map to Slate (code blocks, quotes, images …). */
export class UnsupportedMarkdownError extends DeskError {
  declare readonly code: 'markdown.unsupported'

  /** `what`: a shape the catalogue names, or the mdast node type. */
  constructor(what: UnsupportedMarkdown) {
    const detail = message('markdown.unsupported', { what })
    super({ code: 'markdown.unsupported', status: 400, isExpected: true, detail })
  }
}
