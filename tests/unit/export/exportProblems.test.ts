import { describe, expect, it } from 'vitest'

import type { ExportProblem } from '../../../src/export/errors'
import { ManifestError, problemFor, problemOf, problemOfError } from '../../../src/export/errors'
import { DeskError } from '../../../src/errors'
import { message } from '../../../src/i18n/messages'

const symlink = problemOf(
  'export.page-symlink',
  message('export.page-symlink', { path: 'providers/session.md' }),
  'providers/session.md',
)

describe('problemFor', () => {
  it.each([
    ['de', /^providers\/session\.md wurde nicht geschrieben/],
    ['en', /^providers\/session\.md was not written/],
  ] as const)('words a recorded problem in %s, keeping its code and path', (language, text) => {
    const told = problemFor(symlink, language)
    expect(told).toMatchObject({ code: 'export.page-symlink', path: 'providers/session.md' })
    expect(told.message).toMatch(text)
  })

  it('keeps the message of a problem recorded without a message code', () => {
    const plain: ExportProblem = { code: 'export.custom', message: 'Written by hand.' }
    expect(problemFor(plain, 'de')).toEqual(plain)
  })
})

describe('problemOfError', () => {
  it('records an expected error with its detail, its English message first', () => {
    const problem = problemOfError(new ManifestError('.provider-desk.json', 'not JSON'))
    expect(problem).toMatchObject({
      code: 'export.bad-manifest',
      messageCode: 'export.bad-manifest',
    })
    expect(problem.message).toBe(problemFor(problem, 'en').message)
  })

  it('records an error without a detail by its code and message', () => {
    const err = new DeskError({
      code: 'export.other',
      status: 409,
      isExpected: true,
      message: 'Other.',
    })
    expect(problemOfError(err)).toEqual({ code: 'export.other', message: 'Other.' })
  })
})
