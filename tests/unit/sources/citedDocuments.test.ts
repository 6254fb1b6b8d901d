import { describe, expect, it } from 'vitest'

import { citedDocumentsOf, watchedUrlsOf } from '../../../src/sources/citedDocuments'

describe('citedDocumentsOf', () => {
  const revision = {
    citations: [
      { url: 'https://GetSession.org/faq#top', verdict: 'primary', source: { id: 's-faq' } },
      { url: 'https://reviewsite.com/session', verdict: 'rejected', source: null },
      {
        url: 'https://auditor.example/report.pdf',
        verdict: 'linked',
        linkedFrom: 'https://getsession.org/audits',
        source: 's-report',
      },
      { url: 'not a url', verdict: 'primary' },
    ],
    audits: [
      { reportUrl: 'https://getsession.org/audit-2024.pdf', verdict: 'primary' },
      { reportUrl: null, verdict: 'primary' },
    ],
  }

  it('lists primary and linked entries of citations and audits with their paths, nothing rejected or unusable', () => {
    expect(citedDocumentsOf(revision)).toEqual([
      {
        path: 'citations.0.url',
        url: 'https://getsession.org/faq',
        linkedFrom: null,
        sourceId: 's-faq',
      },
      {
        path: 'citations.2.url',
        url: 'https://auditor.example/report.pdf',
        linkedFrom: 'https://getsession.org/audits',
        sourceId: 's-report',
      },
      {
        path: 'audits.0.reportUrl',
        url: 'https://getsession.org/audit-2024.pdf',
        linkedFrom: null,
        sourceId: null,
      },
    ])
  })

  it('watches each document and each linking vendor page once', () => {
    const documents = citedDocumentsOf({
      citations: [...revision.citations, { url: 'https://getsession.org/faq', verdict: 'primary' }],
      audits: revision.audits,
    })
    expect(watchedUrlsOf(documents)).toEqual([
      'https://getsession.org/faq',
      'https://auditor.example/report.pdf',
      'https://getsession.org/audits',
      'https://getsession.org/audit-2024.pdf',
    ])
  })

  it('finds nothing in a revision without citations', () => {
    expect(citedDocumentsOf({})).toEqual([])
  })
})
