import { DeskError } from '../errors'
import type { Message } from '../i18n/messages'

export type PageFileErrorCode =
  'file.too-large' | 'file.binary' | 'file.not-utf8' | 'file.unreadable'

/** A file that cannot be a page (too large, binary, not UTF-8, unreadable): reported by name, the others still import. */
export class PageFileError extends DeskError {
  declare readonly code: PageFileErrorCode
  constructor(code: PageFileErrorCode, detail: Message) {
    super({ code, status: 400, isExpected: true, detail })
  }
}

/**
 * A page whose provider a field rule refused (Payload's `ValidationError`, whose message
 * names the fields): reported by file like a page that cannot be read.
 */
export class PageRefusedError extends DeskError {
  declare readonly code: 'import.refused'
  constructor(cause: Error) {
    super({ code: 'import.refused', status: 400, isExpected: true, message: cause.message, cause })
  }
}
