import { describe, expect, it } from 'vitest'

import type { Approval } from '../../../src/export/git'
import { exportCommitMessage } from '../../../src/export/git'

const page = (slug: string) => ({
  path: `src/pages/anbieter/${slug}/index.md`,
  slug,
  providerId: `id-${slug}`,
})

const rita: Approval = {
  reviewer: 'Rita Reviewer <rita@example.org>',
  reviewedAt: '2026-11-22T09:15:00.000Z',
}

const messageOf = ({
  written = [],
  removed = [],
  approvals = new Map<string, Approval>(),
  language = 'en',
}: {
  written?: ReturnType<typeof page>[]
  removed?: ReturnType<typeof page>[]
  approvals?: Map<string, Approval>
  language?: 'de' | 'en'
}) =>
  exportCommitMessage({
    written,
    removed,
    approvals,
    startedBy: 'Paula <paula@example.org>',
    exportId: 'e1',
    language,
  })

describe('exportCommitMessage', () => {
  it.each([
    [{ written: [page('session')] }, 'Export 1 provider page'],
    [{ written: [page('a'), page('b')] }, 'Export 2 provider pages'],
    [
      { written: [page('a')], removed: [page('b')] },
      'Export 1 provider page, remove 1 provider page',
    ],
    [{ removed: [page('a'), page('b')] }, 'Remove 2 provider pages'],
  ])('subject for %j is %s', (input, subject) => {
    expect(messageOf(input).split('\n')[0]).toBe(subject)
  })

  it('names the approving reviewer and the approval day of each written page', () => {
    const message = messageOf({
      written: [page('session')],
      approvals: new Map([['session', rita]]),
    })
    expect(message).toContain(
      '\n- session: approved by Rita Reviewer <rita@example.org> on 2026-11-22\n',
    )
  })

  it('says when a written page has no recorded approval', () => {
    expect(messageOf({ written: [page('nebel-vpn')] })).toContain(
      '- nebel-vpn: no recorded approval (published by import)',
    )
  })

  it('lists removed pages as no longer published', () => {
    expect(messageOf({ removed: [page('alt')] })).toContain('- alt: removed (no longer published)')
  })

  it('ends with who started the export and its id', () => {
    expect(
      messageOf({ written: [page('a')] })
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('Exported by provider-desk for Paula <paula@example.org> (export e1).')
  })

  it('writes the same message in German for a German publisher', () => {
    expect(
      messageOf({
        written: [page('session'), page('nebel-vpn')],
        removed: [page('alt')],
        approvals: new Map([['session', rita]]),
        language: 'de',
      }),
    ).toBe(
      [
        'Exportiere 2 Anbieterseiten, entferne 1 Anbieterseite',
        '',
        '- session: freigegeben von Rita Reviewer <rita@example.org> am 22.11.2026',
        '- nebel-vpn: keine protokollierte Freigabe (per Import veröffentlicht)',
        '- alt: entfernt (nicht mehr veröffentlicht)',
        '',
        'Exportiert von provider-desk für Paula <paula@example.org> (Export e1).',
      ].join('\n'),
    )
  })

  it('names a deleted reviewer as unknown', () => {
    const approvals = new Map([['session', { ...rita, reviewer: null }]])
    expect(messageOf({ written: [page('session')], approvals, language: 'de' })).toContain(
      '- session: freigegeben von einer unbekannten Person (Benutzer gelöscht) am 22.11.2026',
    )
  })
})
