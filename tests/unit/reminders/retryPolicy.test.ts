import { describe, expect, it } from 'vitest'

import {
  afterFailure,
  backoffScheduleMs,
  classifySmtpError,
  maxAttempts,
  nextAttemptAt,
} from '../../../src/reminders/retryPolicy'

const now = new Date('2026-11-22T06:00:00.000Z')
const minutes = (n: number): number => n * 60_000

describe('classifySmtpError', () => {
  it.each([
    {
      label: '550 mailbox unavailable',
      err: { responseCode: 550, message: '550 5.1.1 User unknown' },
      kind: 'permanent',
    },
    {
      label: '554 transaction failed',
      err: { responseCode: 554, code: 'EENVELOPE' },
      kind: 'permanent',
    },
    {
      label: '535 authentication failed',
      err: { responseCode: 535, code: 'EAUTH' },
      kind: 'permanent',
    },
    {
      label: '421 service not available',
      err: { responseCode: 421, code: 'EPROTOCOL' },
      kind: 'transient',
    },
    { label: '450 mailbox busy', err: { responseCode: 450 }, kind: 'transient' },
    {
      label: '452 insufficient storage',
      err: { responseCode: 452, code: 'EENVELOPE' },
      kind: 'transient',
    },
    {
      label: 'connection refused',
      err: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:2525' },
      kind: 'transient',
    },
    { label: 'nodemailer connection error', err: { code: 'ECONNECTION' }, kind: 'transient' },
    { label: 'connection reset', err: { code: 'ECONNRESET' }, kind: 'transient' },
    {
      label: 'timeout',
      err: { code: 'ETIMEDOUT', message: 'Greeting never received' },
      kind: 'transient',
    },
    { label: 'socket error', err: { code: 'ESOCKET' }, kind: 'transient' },
    { label: 'DNS failure', err: { code: 'EDNS' }, kind: 'transient' },
    { label: 'an unparseable message', err: { code: 'EMESSAGE' }, kind: 'permanent' },
    {
      label: 'no recipients',
      err: { code: 'EENVELOPE', message: 'No recipients defined' },
      kind: 'permanent',
    },
    { label: 'an error without any detail', err: { message: 'boom' }, kind: 'transient' },
    { label: 'an empty object', err: {}, kind: 'transient' },
  ])('classifies $label as $kind', ({ err, kind }) => {
    expect(classifySmtpError(err)).toBe(kind)
  })
})

describe('nextAttemptAt', () => {
  it.each([
    { attempts: 1, delay: minutes(5) },
    { attempts: 2, delay: minutes(15) },
    { attempts: 3, delay: minutes(60) },
    { attempts: 4, delay: minutes(4 * 60) },
    { attempts: 5, delay: minutes(12 * 60) },
    { attempts: 6, delay: minutes(24 * 60) },
    { attempts: 7, delay: minutes(24 * 60) },
    { attempts: 50, delay: minutes(24 * 60) },
  ])('waits $delay ms after attempt $attempts', ({ attempts, delay }) => {
    expect(nextAttemptAt({ attempts, now }).getTime() - now.getTime()).toBe(delay)
  })

  it('treats 0 attempts like the first', () => {
    expect(nextAttemptAt({ attempts: 0, now }).getTime() - now.getTime()).toBe(minutes(5))
  })

  it('never waits longer than 24 hours', () => {
    expect(Math.max(...backoffScheduleMs)).toBe(minutes(24 * 60))
  })
})

describe('afterFailure', () => {
  it('gives up at once on a permanent rejection', () => {
    expect(afterFailure({ err: { responseCode: 550 }, attempts: 1, now })).toEqual({
      status: 'failed',
      isPermanent: true,
      nextAttemptAt: null,
    })
  })

  it('keeps a transient failure pending with backoff', () => {
    expect(afterFailure({ err: { code: 'ECONNREFUSED' }, attempts: 1, now })).toEqual({
      status: 'pending',
      isPermanent: false,
      nextAttemptAt: new Date('2026-11-22T06:05:00.000Z'),
    })
  })

  it('still retries after the attempt before the last', () => {
    expect(
      afterFailure({ err: { code: 'ETIMEDOUT' }, attempts: maxAttempts - 1, now }).status,
    ).toBe('pending')
  })

  it('fails a transient error for good after maxAttempts attempts', () => {
    expect(afterFailure({ err: { code: 'ETIMEDOUT' }, attempts: maxAttempts, now })).toEqual({
      status: 'failed',
      isPermanent: false,
      nextAttemptAt: null,
    })
  })
})
