import { DeskError } from '../errors'

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
