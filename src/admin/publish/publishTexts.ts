/** The texts of the "Veröffentlichen" view, German first; English when the admin language is English. */
const de = {
  title: 'Veröffentlichen',
  navLink: 'Veröffentlichen',
  intro: (target: string) =>
    `Exportiert die freigegebenen Profile als Markdown nach ${target}. Geschrieben wird nur, was sich geändert hat.`,
  notAllowed:
    'Diese Ansicht ist nur für Veröffentlichung/Admin: Bitte eine Person mit der Rolle „Veröffentlichung“ oder „Admin“, den Export zu starten.',
  previewTitle: 'Was sich ändern wird',
  previewLoading: 'Vorschau wird geladen …',
  previewFailed: 'Vorschau nicht verfügbar:',
  previewReload: 'Vorschau neu laden',
  upToDate: (unchanged: number) =>
    `Die Website ist aktuell (${unchanged} ${unchanged === 1 ? 'Seite' : 'Seiten'} unverändert). Es gibt nichts zu exportieren.`,
  changeSummary: (changes: number, unchanged: number) =>
    `${changes} ${changes === 1 ? 'Seite wird' : 'Seiten werden'} geschrieben oder entfernt, ${unchanged} ${unchanged === 1 ? 'bleibt' : 'bleiben'} unverändert.`,
  change: { new: 'neu', changed: 'geändert', removed: 'entfernt' } as Record<string, string>,
  awaitingTitle: (count: number) =>
    `${count} ${count === 1 ? 'übernommene Seite wartet' : 'übernommene Seiten warten'} auf die erste Freigabe`,
  awaitingIntro:
    'Diese Profile hat noch nie eine zweite Person freigegeben. Der Export schreibt sie nicht; die Website behält ihre Dateien, wie sie sind.',
  errorCount: (count: number) => `${count} ${count === 1 ? 'Fehler' : 'Fehler'}`,
  warningCount: (count: number) => `${count} ${count === 1 ? 'Hinweis' : 'Hinweise'}`,
  gainedErrors: (count: number) =>
    `Achtung: Die freigegebene Fassung hat seit der Freigabe ${count} ${count === 1 ? 'Fehler' : 'Fehler'} bekommen.`,
  openFindings: 'Offene Befunde',
  confirm: 'Jetzt exportieren',
  starting: 'Export wird gestartet …',
  running: (status: string) => `Export läuft (${status}) …`,
  startFailed: 'Export nicht gestartet:',
  resultTitle: 'Ergebnis',
  status: {
    queued: 'eingereiht',
    running: 'läuft',
    succeeded: 'erfolgreich',
    partial: 'teilweise (einzelne Seiten fehlgeschlagen)',
    failed: 'fehlgeschlagen',
  } as Record<string, string>,
  written: 'Geschrieben',
  unchanged: 'Unverändert',
  removed: 'Entfernt',
  commit: 'Site-Commit',
  noCommit: 'kein Commit',
  errors: 'Meldungen',
  duration: 'Dauer',
  none: '–',
  historyTitle: 'Bisherige Exporte',
  historyEmpty: 'Noch kein Export.',
  historyFailed: 'Verlauf nicht verfügbar:',
  startedAt: 'Gestartet',
  startedBy: 'Von',
  statusLabel: 'Status',
  pages: 'Seiten',
}

type PublishTexts = typeof de

const en: PublishTexts = {
  title: 'Publish',
  navLink: 'Publish',
  intro: (target) =>
    `Exports the approved profiles as markdown to ${target}. Only what changed is written.`,
  notAllowed:
    'This view is for publishers and admins only: ask someone with the publisher or admin role to run the export.',
  previewTitle: 'What will change',
  previewLoading: 'Loading the preview …',
  previewFailed: 'Preview not available:',
  previewReload: 'Reload preview',
  upToDate: (unchanged) =>
    `The site is up to date (${unchanged} ${unchanged === 1 ? 'page' : 'pages'} unchanged). Nothing to export.`,
  changeSummary: (changes, unchanged) =>
    `${changes} ${changes === 1 ? 'page' : 'pages'} to write or remove, ${unchanged} unchanged.`,
  change: { new: 'new', changed: 'changed', removed: 'removed' },
  awaitingTitle: (count) =>
    `${count} ${count === 1 ? 'page taken over waits' : 'pages taken over wait'} for the first approval`,
  awaitingIntro:
    'No second person ever approved these profiles. The export does not write them; the site keeps its files as they are.',
  errorCount: (count) => `${count} ${count === 1 ? 'error' : 'errors'}`,
  warningCount: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  gainedErrors: (count) =>
    `Attention: the approved revision has gained ${count} ${count === 1 ? 'error' : 'errors'} since the approval.`,
  openFindings: 'Open findings',
  confirm: 'Export now',
  starting: 'Starting the export …',
  running: (status) => `Export running (${status}) …`,
  startFailed: 'Export not started:',
  resultTitle: 'Result',
  status: {
    queued: 'queued',
    running: 'running',
    succeeded: 'succeeded',
    partial: 'partial (some pages failed)',
    failed: 'failed',
  },
  written: 'Written',
  unchanged: 'Unchanged',
  removed: 'Removed',
  commit: 'Site commit',
  noCommit: 'no commit',
  errors: 'Messages',
  duration: 'Duration',
  none: '–',
  historyTitle: 'Past exports',
  historyEmpty: 'No export yet.',
  historyFailed: 'History not available:',
  startedAt: 'Started',
  startedBy: 'By',
  statusLabel: 'Status',
  pages: 'Pages',
}

export const publishTextsFor = (language: string | undefined): PublishTexts =>
  language === 'en' ? en : de
