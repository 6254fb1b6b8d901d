import { describe, expect, it } from 'vitest'

import { parseSourceLine } from '../../../src/sources/sourceLine'
import { sessionSourceLines } from './sessionPage'
import { namedCases } from './namedCases'

describe('parseSourceLine', () => {
  it.each(
    namedCases([
      {
        behaviour: 'reads a markdown link',
        raw: '- [Session FAQ](https://getsession.org/faq)',
        expected: { title: 'Session FAQ', url: 'https://getsession.org/faq' },
      },
      {
        behaviour: 'reads a bare URL',
        raw: '- https://github.com/session-foundation/session-desktop',
        expected: { url: 'https://github.com/session-foundation/session-desktop' },
      },
      {
        behaviour: 'reads a title with an unbalanced quote before the URL',
        raw: '- Quarkslab Security Audit (PDF, verlinkt in der offiziellen FAQ): "https://quarkslab.com/resources/audit_reports/Session-Report.pdf',
        expected: {
          title: 'Quarkslab Security Audit (PDF, verlinkt in der offiziellen FAQ)',
          url: 'https://quarkslab.com/resources/audit_reports/Session-Report.pdf',
        },
      },
      {
        behaviour: 'reads a link title that has parentheses and a dash',
        raw: '- [GitHub: session-desktop (License + Signatur-Verifikation)](https://github.com/session-foundation/session-desktop)',
        expected: {
          title: 'GitHub: session-desktop (License + Signatur-Verifikation)',
          url: 'https://github.com/session-foundation/session-desktop',
        },
      },
      {
        behaviour: 'keeps balanced parentheses inside a link URL',
        raw: '[Wiki](https://en.wikipedia.org/wiki/Session_(software))',
        expected: { title: 'Wiki', url: 'https://en.wikipedia.org/wiki/Session_(software)' },
      },
      {
        behaviour:
          'drops sentence punctuation and an unbalanced closing parenthesis after a bare URL',
        raw: 'siehe (https://getsession.org/faq).',
        expected: { title: 'siehe', url: 'https://getsession.org/faq' },
      },
      {
        behaviour: 'reads a URL in angle brackets',
        raw: '* <https://getsession.org/faq>',
        expected: { url: 'https://getsession.org/faq' },
      },
      {
        behaviour: 'finds no URL in a line of prose with an unbalanced quote',
        raw: '- Matrix/Element (ähnliche Kategorie, föderiert; Trade-off: "Server-/Raum-Metadaten je nach Setup)',
        expected: {
          title:
            'Matrix/Element (ähnliche Kategorie, föderiert; Trade-off: "Server-/Raum-Metadaten je nach Setup)',
        },
      },
      {
        behaviour: 'finds no URL in a host name without a scheme',
        raw: '- getsession.org/faq',
        expected: { title: 'getsession.org/faq' },
      },
      {
        behaviour: 'finds no http(s) URL in a mailto link',
        raw: '- [Kontakt](mailto:support@getsession.org)',
        expected: { title: 'Kontakt' },
      },
      { behaviour: 'gives nothing for an empty line', raw: '  ', expected: {} },
    ]),
  )('%s', (_behaviour, { raw, expected }) => {
    expect(parseSourceLine(raw)).toEqual(expected)
  })

  it('finds a URL in twelve of the seventeen lines of the seed page "Quellen" list', () => {
    const withoutUrl = sessionSourceLines.filter((line) => parseSourceLine(line).url === undefined)
    expect(sessionSourceLines).toHaveLength(17)
    expect(withoutUrl).toEqual([
      '- Push-Benachrichtigungen: "Slow Mode (Polling) oder Fast Mode (FCM/APNs)',
      '- Dateianhänge über Session File Server: "verschlüsselt; EXIF-Strip (Desktop, außer Videos)',
      '- App-Lock/Passwortschutz: "Mobile via Gerätesperre, Desktop mit App-Passwort',
      '- Matrix/Element (ähnliche Kategorie, föderiert; Trade-off: "Server-/Raum-Metadaten je nach Setup)',
      '- Briar (ähnliche Kategorie, anderer Routing-Ansatz; Trade-off: "Bedienung/Erreichbarkeit)',
    ])
  })
})
