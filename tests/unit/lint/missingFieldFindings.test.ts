import { describe, expect, it } from 'vitest'

import { missingFieldFindings } from '../../../src/lint/pageCompleteness'
import { sessionFrontmatter } from '../sources/sessionPage'

const complete = {
  name: 'Session',
  category: 'Messenger',
  website: 'https://getsession.org',
  description: 'Kurzprofil',
  privacy: 'https://getsession.org/privacy-policy',
  terms: 'https://getsession.org/terms-of-service',
}

describe('missingFieldFindings', () => {
  it('finds nothing missing on the seed page', () => {
    expect(missingFieldFindings(sessionFrontmatter)).toEqual([])
  })

  it.each(['name', 'category', 'website', 'description', 'privacy', 'terms'])(
    'reports an empty %s',
    (field) => {
      expect(missingFieldFindings({ ...complete, [field]: '  ' })).toMatchObject([
        { code: 'field.missing', severity: 'warning', field, value: '' },
      ])
    },
  )

  it('reports null and absent fields alike', () => {
    const findings = missingFieldFindings({ name: 'New', category: null })
    expect(findings.map((finding) => finding.field)).toEqual([
      'category',
      'website',
      'description',
      'privacy',
      'terms',
    ])
  })
})
