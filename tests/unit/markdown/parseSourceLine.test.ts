import { describe, expect, it } from 'vitest'

import { parseSourceLine } from '../../../src/markdown/parseSourceLine'

describe('parseSourceLine', () => {
  it.each([
    [
      'a markdown link',
      '[Session FAQ](https://getsession.org/faq)',
      { title: 'Session FAQ', url: 'https://getsession.org/faq' },
    ],
    [
      'a bare URL',
      'https://github.com/session-foundation/session-desktop',
      { url: 'https://github.com/session-foundation/session-desktop' },
    ],
    [
      'a title with an unbalanced quote before the URL',
      'Quarkslab Security Audit (PDF, verlinkt in der offiziellen FAQ): "https://quarkslab.com/resources/audit_reports/Session-Report.pdf',
      {
        title: 'Quarkslab Security Audit (PDF, verlinkt in der offiziellen FAQ)',
        url: 'https://quarkslab.com/resources/audit_reports/Session-Report.pdf',
      },
    ],
    [
      'a line with no URL',
      'Push-Benachrichtigungen: "Slow Mode (Polling) oder Fast Mode (FCM/APNs)',
      {},
    ],
    ['an http URL', 'Alt: http://example.org/a', { title: 'Alt', url: 'http://example.org/a' }],
    [
      'a URL followed by a full stop',
      'siehe https://example.org/privacy.',
      { url: 'https://example.org/privacy' },
    ],
    ['a URL in parentheses', 'Policy (https://example.org/p)', { url: 'https://example.org/p' }],
    [
      'a link after other text',
      'Audit: [Bericht](https://example.org/r.pdf) (2024)',
      { title: 'Bericht', url: 'https://example.org/r.pdf' },
    ],
  ])('reads %s', (_, line, expected) => {
    expect(parseSourceLine(line)).toEqual(expected)
  })
})
