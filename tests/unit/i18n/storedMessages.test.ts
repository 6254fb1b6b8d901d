import { describe, expect, it } from 'vitest'

import { message, parseStoredMessage, storedMessage } from '../../../src/i18n/messages'

describe('a message stored in a text column', () => {
  it('reads back as the message it was', () => {
    const reason = message('watch.network', { code: 'ECONNREFUSED', detail: 'connect refused' })
    expect(parseStoredMessage(storedMessage(reason))).toEqual(reason)
  })

  it.each([
    ['a reason stored as plain text before reasons had codes', 'HTTP 404'],
    ['text that only starts like JSON', '{not json'],
    ['JSON that is no message', '{"status": 404}'],
  ])('is no message for %s, shown as it is', (_label, value) => {
    expect(parseStoredMessage(value)).toBeNull()
  })
})
