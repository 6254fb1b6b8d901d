import { describe, expect, it } from 'vitest'

import { judgeSource } from '../../../src/sources/judge'
import {
  documentWithoutPage,
  malformed,
  outcomeOf,
  primary,
  rejected,
  session,
  sessionWithZendesk,
  vendorFaq,
} from './judgeOutcome'
import { sessionSourceLines } from './sessionPage'

describe('judgeSource on the seed page "Quellen" list', () => {
  const judgedLines = (vendors: typeof session, linkedFrom?: string) =>
    sessionSourceLines.map((raw) => {
      const judgement = judgeSource({ raw, vendors, linkedFrom })
      return {
        host: judgement.host,
        verdict: judgement.verdict,
        codes: judgement.findings.map((finding) => finding.code),
      }
    })

  it('judges every line as the issue says, before any fix', () => {
    expect(judgedLines(session)).toEqual([
      { host: 'quarkslab.com', ...documentWithoutPage },
      { host: null, ...malformed },
      { host: null, ...malformed },
      { host: null, ...malformed },
      { host: null, ...malformed },
      { host: null, ...malformed },
      { host: 'github.com', ...primary },
      { host: 'getsession.org', ...primary },
      { host: 'getsession.org', ...primary },
      { host: 'getsession.org', ...primary },
      { host: 'getsession.org', ...primary },
      { host: 'sessionapp.zendesk.com', ...rejected },
      { host: 'sessionapp.zendesk.com', ...rejected },
      { host: 'sessionapp.zendesk.com', ...rejected },
      { host: 'session.foundation', ...primary },
      { host: 'github.com', ...primary },
      { host: 'quarkslab.com', ...documentWithoutPage },
    ])
  })

  it('finds exactly five lines without a URL malformed', () => {
    const codes = judgedLines(session).flatMap((line) => line.codes)
    expect(codes.filter((code) => code === 'source.malformed')).toHaveLength(5)
  })

  it('accepts the three sessionapp.zendesk.com articles once that host is a vendor domain', () => {
    const zendesk = judgedLines(sessionWithZendesk).filter(
      (line) => line.host === 'sessionapp.zendesk.com',
    )
    expect(zendesk).toEqual([0, 1, 2].map(() => ({ host: 'sessionapp.zendesk.com', ...primary })))
  })

  it('accepts the quarkslab.com audit PDF as linked once "linked from" is the vendor FAQ', () => {
    const quarkslab = sessionSourceLines.filter((raw) => raw.includes('quarkslab.com'))
    expect(quarkslab.map((raw) => outcomeOf({ raw, linkedFrom: vendorFaq }))).toEqual([
      { verdict: 'linked', codes: [] },
      { verdict: 'linked', codes: [] },
    ])
  })

  it('keeps the raw line as the value of a malformed line', () => {
    const raw = sessionSourceLines[1] ?? ''
    expect(judgeSource({ raw, vendors: session }).findings[0]).toMatchObject({
      field: 'sources',
      value: raw,
    })
  })
})
