import { describe, expect, it } from 'vitest'

import type { NoticeEvent } from '../../../src/notices/composeNotice'
import { composeNotice } from '../../../src/notices/composeNotice'

const submitted: NoticeEvent = {
  kind: 'submitted',
  providerId: 'p1',
  providerName: 'Threema',
  actorName: 'Edda Engel',
  comment: null,
  occurredAt: '2026-12-07T13:05:00.000Z',
}

const sentBack: NoticeEvent = {
  ...submitted,
  kind: 'changes_requested',
  providerId: 'p2',
  providerName: 'Signal <script>',
  actorName: 'Rita Roth',
  comment: 'Bitte die Datenschutzerklärung ergänzen.\nUnd das Impressum.',
}

const compose = (events: NoticeEvent[], language: 'de' | 'en' = 'de') =>
  composeNotice({
    events,
    recipientName: 'Rita',
    language,
    publicUrl: 'https://desk.example.test/',
  })

describe('composeNotice', () => {
  it('words one notice in German with the provider, who acted, a German date and the admin link', () => {
    const mail = compose([submitted])
    expect(mail.subject).toBe('provider-desk: „Threema“ wartet auf dein Review')
    expect(mail.text).toContain('Hallo Rita,')
    expect(mail.text).toContain(
      'Edda Engel hat „Threema“ zur Prüfung eingereicht. Die Fassung wartet auf dein Review. (am 07.12.2026, 14:05 Uhr)',
    )
    expect(mail.text).toContain(
      'Im Admin öffnen: https://desk.example.test/admin/collections/providers/p1',
    )
  })

  it('groups several notices into one mail, quoting a comment line by line', () => {
    const mail = compose([submitted, sentBack])
    expect(mail.subject).toBe('provider-desk: 2 Neuigkeiten zu Anbieterprofilen')
    expect(mail.text).toContain('> Bitte die Datenschutzerklärung ergänzen.\n> Und das Impressum.')
  })

  it('escapes every value in the HTML', () => {
    const { html } = compose([sentBack])
    expect(html).toContain('Signal &lt;script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('writes English for a person who reads English', () => {
    const mail = compose([submitted], 'en')
    expect(mail.subject).toBe('provider-desk: "Threema" waits for your review')
    expect(mail.text).toContain('Edda Engel submitted "Threema" for review.')
    expect(mail.text).toContain('on 7 Dec 2026, 14:05')
  })
})
