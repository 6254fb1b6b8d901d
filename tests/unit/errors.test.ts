import { describe, expect, it } from 'vitest'

import { UsageError } from '../../src/cli/errors'
import { DatabaseUnavailableError, WriteLockTimeoutError } from '../../src/db/errors'
import { EnvError } from '../../src/env'
import { DeskError, isExpectedError } from '../../src/errors'
import {
  ExportBusyError,
  ExportTargetError,
  GitError,
  ManifestError,
} from '../../src/export/errors'
import { PageRefusedError } from '../../src/import/errors'
import { message, render } from '../../src/i18n/messages'
import { PageError, UnsupportedMarkdownError } from '../../src/markdown/errors'

class SampleError extends DeskError {}

describe('DeskError', () => {
  it('carries its code, status, message and flags', () => {
    const error = new SampleError({
      code: 'sample.refused',
      status: 422,
      isExpected: true,
      isUsage: true,
      message: 'Nicht erlaubt.',
    })
    expect(error).toMatchObject({
      code: 'sample.refused',
      status: 422,
      isExpected: true,
      isUsage: true,
      message: 'Nicht erlaubt.',
    })
  })

  it('is no usage error unless told', () => {
    const error = new SampleError({ code: 'sample.x', status: 400, isExpected: true, message: 'x' })
    expect(error.isUsage).toBe(false)
  })

  it('derives its English message from its detail', () => {
    const detail = message('markdown.unsupported', { what: { nodeType: 'code' } })
    const error = new SampleError({ code: 'sample.x', status: 400, isExpected: true, detail })
    expect(error.message).toBe(render('en', detail))
    expect(error.detail).toEqual(detail)
  })

  it('is named after its class, so a stack says which error it is', () => {
    expect(new ManifestError('/site/manifest.json', 'damaged').name).toBe('ManifestError')
    expect(String(new UsageError('bad flag'))).toBe('UsageError: bad flag')
  })

  it('keeps the cause it wraps', () => {
    const cause = new Error('inner')
    const error = new SampleError({
      code: 'sample.x',
      status: 500,
      isExpected: false,
      message: 'outer',
      cause,
    })
    expect(error.cause).toBe(cause)
  })

  it('keeps for people only since when the export runs, and for the log where and who', () => {
    const error = new ExportBusyError('/site', holder)
    expect(error.detail).toEqual({
      messageCode: 'export.busy',
      params: { startedAt: holder.startedAt },
    })
    expect(render('de', error.detail!)).toMatch(/^Es läuft schon ein Export, seit /)
    expect(error.message).toBe(
      'Another export to /site is running (started 2026-01-01T00:00:00.000Z by cli, pid 1 on h).',
    )
  })

  it('is an Error', () => {
    expect(
      new ExportTargetError(message('export.bad-target.not-a-folder', { siteDir: '/site' })),
    ).toBeInstanceOf(Error)
  })
})

const holder = { pid: 1, host: 'h', startedAt: '2026-01-01T00:00:00.000Z', by: 'cli' }

describe('isExpectedError', () => {
  it.each([
    ['a usage error', new UsageError('unknown flag'), 'usage', 400],
    ['an invalid environment', new EnvError(['PORT must be a number']), 'env.invalid', 500],
    [
      'an unavailable database',
      new DatabaseUnavailableError({ databaseUrl: 'file:x.db', reason: 'locked' }),
      'db.unavailable',
      503,
    ],
    ['a write lock timeout', new WriteLockTimeoutError('waited'), 'db.write-lock-timeout', 503],
    [
      'a page without frontmatter',
      new PageError('page.no-frontmatter', message('page.no-frontmatter', {})),
      'page.no-frontmatter',
      400,
    ],
    [
      'unsupported markdown',
      new UnsupportedMarkdownError({ nodeType: 'code' }),
      'markdown.unsupported',
      400,
    ],
    ['a binary file', new PageError('file.binary', message('file.binary', {})), 'file.binary', 400],
    ['a page a rule refused', new PageRefusedError(new Error('name')), 'import.refused', 400],
    [
      'a bad export target',
      new ExportTargetError(message('export.bad-target.not-a-folder', { siteDir: '/site' })),
      'export.bad-target',
      400,
    ],
    [
      'a damaged manifest',
      new ManifestError('/site/manifest.json', 'damaged'),
      'export.bad-manifest',
      409,
    ],
    ['a busy site', new ExportBusyError('/site', holder), 'export.busy', 409],
  ])('reports %s by its message', (_name, error, code, status) => {
    expect(isExpectedError(error)).toBe(true)
    expect(error).toMatchObject({ code, status })
  })

  it.each([
    ['a failed git command', new GitError(['commit'], 128, 'fatal')],
    ['a plain Error', new Error('bug')],
    ['an Error with a code of its own', Object.assign(new Error('x'), { code: 'export.busy' })],
    ['a thrown string', 'export.busy'],
    ['undefined', undefined],
  ])('does not report %s: it is a bug or a failure for the log', (_name, error) => {
    expect(isExpectedError(error)).toBe(false)
  })

  it('marks bad usage, the environment and the database address as usage (the CLI exits 2)', () => {
    expect(new UsageError('bad flag').isUsage).toBe(true)
    expect(new EnvError(['PUBLIC_URL is not a URL']).isUsage).toBe(true)
    expect(
      new DatabaseUnavailableError({ databaseUrl: 'file:x.db', reason: 'locked' }).isUsage,
    ).toBe(true)
    expect(new ExportBusyError('/site', holder).isUsage).toBe(false)
    expect(new ManifestError('/site/manifest.json', 'damaged').isUsage).toBe(false)
  })
})
