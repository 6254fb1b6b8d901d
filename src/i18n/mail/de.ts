import type { MailTexts } from './mailTexts'

/** A German date and time in the team's zone: `07.12.2026, 14:05`. */
const dateTime = (iso: string): string =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

/** The German mails' words: du-form, „…“. */
export const de: MailTexts = {
  notice: {
    subjectOne: (event) =>
      event.kind === 'submitted'
        ? `provider-desk: „${event.providerName}“ wartet auf dein Review`
        : event.kind === 'changes_requested'
          ? `provider-desk: Änderungen an „${event.providerName}“ angefordert`
          : `provider-desk: „${event.providerName}“ ist freigegeben`,
    subjectMany: (count) => `provider-desk: ${count} Neuigkeiten zu Anbieterprofilen`,
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    line: (event) => {
      const who = event.actorName ?? 'Jemand'
      if (event.kind === 'submitted')
        return `${who} hat „${event.providerName}“ zur Prüfung eingereicht. Die Fassung wartet auf dein Review.`
      if (event.kind === 'changes_requested')
        return `${who} hat Änderungen an „${event.providerName}“ angefordert. Die Fassung ist zurück bei dir.`
      return `${who} hat „${event.providerName}“ freigegeben. Die Fassung wird beim nächsten Export veröffentlicht.`
    },
    comment: 'Kommentar',
    open: 'Im Admin öffnen',
    at: (when) => `am ${dateTime(when)} Uhr`,
    footer:
      'Diese Mail wurde automatisch von provider-desk verschickt. Welche Benachrichtigungen du bekommst, stellst du in deinem Konto unter „Benachrichtigungen per E-Mail“ ein.',
  },
  passwordReset: {
    subject: 'provider-desk: Passwort zurücksetzen',
    greeting: (name) => `Hallo ${name},`,
    body: 'für dein Konto wurde ein neues Passwort angefordert. Der Link gilt eine Stunde:',
    ignore: 'Wenn du das nicht warst, ignoriere diese E-Mail; dein Passwort bleibt, wie es ist.',
    redacted: '(Der Link wurde nach dem Versand aus der Kopie entfernt.)',
  },
}
