import { dateText } from '../dates'
import type { DigestTexts } from './digestTexts'
import { digestSubject } from './subject'

const dayCount = (n: number): string => (n === 1 ? '1 Tag' : `${n} Tagen`)

/** The subject's part for the profiles due (`digestSubject` adds the name). */
const profilesDue = (count: number): string =>
  count === 1
    ? '1 Anbieterprofil braucht eine Prüfung'
    : `${count} Anbieterprofile brauchen eine Prüfung`

/** The subject's part for changed sources. */
const sourcesChanged = (count: number): string =>
  count === 1 ? '1 Quelle geändert' : `${count} Quellen geändert`

/** The German reminder digest's words: du-form, „…“. */
export const de: DigestTexts = {
  subject: digestSubject({ profilesDue, sourcesChanged }),
  greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
  intro: (count) =>
    count === 1
      ? 'dieses Anbieterprofil ist überfällig oder wird bald fällig und braucht eine Prüfung:'
      : 'diese Anbieterprofile sind überfällig oder werden bald fällig und brauchen eine Prüfung:',
  introSourcesOnly: 'die Quellenüberwachung hat Änderungen an zitierten Dokumenten bemerkt.',
  sourcesHeading: 'Quellen geändert',
  sourcesIntro: (count) =>
    count === 1
      ? 'Dieses zitierte Dokument hat sich seit der letzten Freigabe geändert. Bitte die Änderung prüfen und die Profile, die es zitieren, erneut freigeben:'
      : 'Diese zitierten Dokumente haben sich seit der letzten Freigabe geändert. Bitte die Änderungen prüfen und die Profile, die sie zitieren, erneut freigeben:',
  citedBy: 'zitiert in',
  excerpt: 'Änderung',
  claimsChanged: 'Belege geändert',
  claimState: (state) => (state === 'edited' ? 'geändert' : 'nicht mehr gefunden'),
  quoted: (text) => `„${text}“`,
  asApproved: 'wie freigegeben',
  now: 'jetzt',
  closest: 'ähnlichste Stelle',
  notesHeading: 'Geändert, Belege unberührt',
  notesIntro: (count) =>
    count === 1
      ? 'Dieses zitierte Dokument hat sich geändert, aber jede Stelle, die die Profile daraus zitieren, steht noch. Nichts wurde wieder geöffnet; zur Kenntnis:'
      : 'Diese zitierten Dokumente haben sich geändert, aber jede Stelle, die die Profile daraus zitieren, steht noch. Nichts wurde wieder geöffnet; zur Kenntnis:',
  state: (entry) =>
    entry.state === 'stale'
      ? `überfällig seit ${dayCount(entry.daysOverdue)}`
      : entry.daysLeft === 0
        ? 'wird heute fällig'
        : `wird in ${dayCount(entry.daysLeft)} fällig`,
  lastReviewed: (date) => `zuletzt geprüft am ${date}`,
  unassigned: 'niemand zur Prüfung zugewiesen',
  open: 'Im Admin öffnen',
  footer: (days) =>
    `Diese Erinnerung kommt für jedes Profil höchstens einmal in ${days} Tagen. Sie wurde automatisch von provider-desk verschickt.`,
  footerWithSources: ({ suppressDays, hasProfiles }) =>
    [
      ...(hasProfiles
        ? [`Diese Erinnerung kommt für jedes Profil höchstens einmal in ${suppressDays} Tagen.`]
        : []),
      'Jede Quellenänderung wird nur einmal gemeldet.',
      'Diese Mail wurde automatisch von provider-desk verschickt.',
    ].join(' '),
  formatDate: (day) => dateText(day, 'de'),
}
