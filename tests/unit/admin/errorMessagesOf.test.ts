import { describe, expect, it } from 'vitest'

import { errorMessagesOf } from '../../../src/admin/errorMessagesOf'

describe('errorMessagesOf', () => {
  it('reads the field messages of a validation error instead of its generic message', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: reviewState',
          data: { errors: [{ path: 'reviewState', message: 'Fix the sources first.' }] },
        },
      ],
    }
    expect(errorMessagesOf(body)).toEqual({ codes: [], messages: ['Fix the sources first.'] })
  })

  it('reads the message and the stable code of a refusal', () => {
    const body = {
      errors: [{ name: 'APIError', message: 'Four eyes.', data: { code: 'review.own-edit' } }],
    }
    expect(errorMessagesOf(body)).toEqual({ codes: ['review.own-edit'], messages: ['Four eyes.'] })
  })

  it('shows a body that is no Payload error as it came', () => {
    expect(errorMessagesOf('Bad Gateway')).toEqual({ codes: [], messages: ['Bad Gateway'] })
  })
})
