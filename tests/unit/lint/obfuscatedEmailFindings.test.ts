import { describe, expect, it } from 'vitest'

import { obfuscatedEmailFindings } from '../../../src/lint/providerTexts'
import { namedCases } from '../sources/namedCases'
import { sessionBody } from '../sources/sessionPage'
import { readFinding } from '../../../src/findings/finding'

describe('obfuscatedEmailFindings', () => {
  it('finds the scraped e-mail placeholder in the seed page', () => {
    const findings = obfuscatedEmailFindings([{ field: 'body', text: sessionBody }])
    expect(findings.map((finding) => readFinding(finding, 'en'))).toMatchObject([
      {
        code: 'text.obfuscated-email',
        severity: 'warning',
        field: 'body',
        value: '- **Kontakt/DSAR/DPA:** Kontakt laut Privacy Policy/ToS: **[email protected]**.',
        message:
          'The text in "body" contains "[email protected]", a placeholder left by copying a page that hides e-mail addresses from scrapers. Replace it with the real address from the vendor\'s page, or remove it.',
      },
    ])
  })

  it.each(
    namedCases([
      {
        behaviour: 'finds the placeholder with an HTML no-break space',
        text: 'Mail: [email&#160;protected]',
      },
      {
        behaviour: 'finds the placeholder with a no-break space character',
        text: 'Mail: [email\u00a0protected]',
      },
      { behaviour: 'finds the placeholder with &nbsp;', text: 'Mail: [email&nbsp;protected]' },
      { behaviour: 'finds the placeholder in any letter case', text: 'Mail: [Email Protected]' },
      {
        behaviour: 'finds a Cloudflare e-mail protection link',
        text: '[Mail](/cdn-cgi/l/email-protection#a1b2c3)',
      },
    ]),
  )('%s', (_behaviour, { text }) => {
    expect(obfuscatedEmailFindings([{ field: 'data_notes', text }])).toMatchObject([
      { code: 'text.obfuscated-email', field: 'data_notes', value: text },
    ])
  })

  it('reports each placeholder in each field', () => {
    const texts = [
      { field: 'a', text: '[email protected] und [email protected]' },
      { field: 'b', text: 'x\n[email protected]' },
    ]
    expect(obfuscatedEmailFindings(texts).map((finding) => finding.field)).toEqual(['a', 'a', 'b'])
  })

  it('finds nothing in a text with a real address', () => {
    expect(
      obfuscatedEmailFindings([{ field: 'body', text: 'Kontakt: support@getsession.org' }]),
    ).toEqual([])
  })
})
