/** The admin's own texts, German first; English when the admin language is English. */
const de = {
  filterSourceChanged: 'Quelle geändert',
  filterSourceChangedHint:
    'Profile, bei denen sich eine zitierte Anbieterseite seit der letzten Freigabe geändert hat.',
  sourceChangedCell: 'Quelle geändert',
  diffSkipped: (count: number) => `${count} unveränderte ${count === 1 ? 'Zeile' : 'Zeilen'}`,
  diffTitle: (url: string) => `Änderung seit der Freigabe: ${url}`,
  snapshotFirst: 'Erster Stand dieser Quelle: Es gibt nichts zu vergleichen.',
  snapshotRebaseline:
    'Neuer Vergleichsstand nach geänderter Auswahl (Selektoren): Niemand wurde benachrichtigt.',
  snapshotAgainst: (fetchedAt: string) => `Änderungen gegenüber dem Stand vom ${fetchedAt}:`,
  filterAll: 'Alle',
  filterStale: 'Veraltet',
  filterInReview: 'Im Review',
  filterMine: 'Meine',
  filterLabel: 'Filter:',
  filterStaleHint: 'Profile, deren Prüfintervall abgelaufen ist (je Anbieter bzw. Kategorie).',
  filterMineHint: 'Profile, für deren Review du zuständig bist.',
  neverReviewed: 'nie geprüft',
  dueToday: 'heute fällig',
  daysLeft: (days: number) => `noch ${days} ${days === 1 ? 'Tag' : 'Tage'}`,
  dueIn: (days: number) => `fällig in ${days} ${days === 1 ? 'Tag' : 'Tagen'}`,
  overdue: (days: number) => `überfällig (seit ${days} ${days === 1 ? 'Tag' : 'Tagen'})`,
  findingsTitle: 'Befunde',
  findingsLoading: 'Befunde werden geladen …',
  findingsNone: 'Keine Befunde: Quellen und Felder sind in Ordnung.',
  findingsErrors: (count: number) =>
    `${count} ${count === 1 ? 'Fehler blockiert' : 'Fehler blockieren'} die Freigabe`,
  findingsWarnings: (count: number) => `${count} ${count === 1 ? 'Hinweis' : 'Hinweise'}`,
  findingsFailed: 'Befunde konnten nicht geladen werden:',
  findingsNewDoc: 'Befunde erscheinen nach dem ersten Speichern.',
  stalenessLine: (text: string, staleOn: string | null, intervalDays: number) =>
    `Prüfung: ${text}${staleOn ? ` (fällig am ${staleOn}, Intervall ${intervalDays} Tage)` : ''}`,
  previewTitle: 'Markdown-Vorschau (letzter Entwurf, wie der Export ihn schreiben würde)',
  previewLoading: 'Vorschau wird geladen …',
  previewFailed: 'Vorschau nicht verfügbar:',
  previewReload: 'Neu laden',
  previewNewDoc: 'Die Vorschau erscheint nach dem ersten Speichern.',
  reviewTitle: 'Review',
  submit: 'Zur Prüfung einreichen',
  approve: 'Freigeben',
  requestChanges: 'Änderungen anfordern',
  commentLabel: 'Kommentar (Pflicht für „Änderungen anfordern“)',
  commentRequired: 'Schreib in den Kommentar, was sich ändern soll.',
  ownEdit:
    'Du hast diese Fassung bearbeitet (Vier-Augen-Prinzip): Eine andere Person mit Review-Rolle muss sie freigeben.',
  unsavedChanges: 'Erst speichern: Das Formular hat ungespeicherte Änderungen.',
  working: 'Wird gespeichert …',
  refused: (status: number) => `Vom Server abgelehnt (${status}):`,
  stateHint: {
    draft: 'Entwurf: Die Redaktion reicht ihn zur Prüfung ein.',
    in_review:
      'Im Review: Eine Person mit Review-Rolle, die nicht mitgeschrieben hat, gibt frei oder fordert Änderungen an.',
    changes_requested: 'Änderungen erbeten: Die Redaktion überarbeitet und reicht erneut ein.',
    approved:
      'Freigegeben und veröffentlicht. Die nächste Bearbeitung beginnt einen neuen Entwurf.',
  },
  errorCodes: {
    'review.not-reviewer': 'Nur Personen mit Review-Rolle geben frei oder fordern Änderungen an.',
    'review.not-editor': 'Nur die Redaktion bearbeitet Inhalte und reicht sie ein.',
    'review.own-edit':
      'Du hast diese Fassung bearbeitet (Vier-Augen-Prinzip): Eine andere Person mit Review-Rolle muss sie freigeben.',
    'review.publish-without-approval': 'Nur eine Freigabe veröffentlicht ein Profil.',
    'review.revision-outdated':
      'Der Entwurf wurde geändert, nachdem du ihn geladen hast. Lade die Seite neu und prüfe die neue Fassung, bevor du sie freigibst.',
    'review.restore-as-draft':
      'Eine Version wird immer als Entwurf wiederhergestellt; sie geht danach durchs Review.',
  } as Record<string, string>,
}

export type AdminTexts = typeof de

const en: AdminTexts = {
  filterSourceChanged: 'Source changed',
  filterSourceChangedHint: 'Profiles whose cited vendor page changed since their last approval.',
  sourceChangedCell: 'Source changed',
  diffSkipped: (count: number) => `${count} unchanged ${count === 1 ? 'line' : 'lines'}`,
  diffTitle: (url: string) => `Changed since the approval: ${url}`,
  snapshotFirst: 'First snapshot of this source: there is nothing to compare.',
  snapshotRebaseline: 'New baseline after the selectors changed: nobody was alerted.',
  snapshotAgainst: (fetchedAt: string) => `Changes against the snapshot of ${fetchedAt}:`,
  filterAll: 'All',
  filterStale: 'Stale',
  filterInReview: 'In review',
  filterMine: 'Mine',
  filterLabel: 'Filter:',
  filterStaleHint: 'Profiles whose review interval has passed (per provider or category).',
  filterMineHint: 'Profiles you are the reviewer of.',
  neverReviewed: 'never reviewed',
  dueToday: 'due today',
  daysLeft: (days) => `${days} ${days === 1 ? 'day' : 'days'} left`,
  dueIn: (days) => `due in ${days} ${days === 1 ? 'day' : 'days'}`,
  overdue: (days) => `overdue (for ${days} ${days === 1 ? 'day' : 'days'})`,
  findingsTitle: 'Findings',
  findingsLoading: 'Loading findings …',
  findingsNone: 'No findings: sources and fields are fine.',
  findingsErrors: (count) => `${count} ${count === 1 ? 'error blocks' : 'errors block'} approval`,
  findingsWarnings: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  findingsFailed: 'Could not load the findings:',
  findingsNewDoc: 'Findings appear after the first save.',
  stalenessLine: (text, staleOn, intervalDays) =>
    `Review: ${text}${staleOn ? ` (due on ${staleOn}, interval ${intervalDays} days)` : ''}`,
  previewTitle: 'Markdown preview (latest draft, as the export would write it)',
  previewLoading: 'Loading the preview …',
  previewFailed: 'Preview not available:',
  previewReload: 'Reload',
  previewNewDoc: 'The preview appears after the first save.',
  reviewTitle: 'Review',
  submit: 'Submit for review',
  approve: 'Approve',
  requestChanges: 'Request changes',
  commentLabel: 'Comment (required to request changes)',
  commentRequired: 'Say in the comment what needs to change.',
  ownEdit: 'You edited this revision (four eyes): another reviewer has to approve it.',
  unsavedChanges: 'Save first: the form has unsaved changes.',
  working: 'Saving …',
  refused: (status) => `Refused by the server (${status}):`,
  stateHint: {
    draft: 'Draft: an editor submits it for review.',
    in_review: 'In review: a reviewer who did not edit it approves it or requests changes.',
    changes_requested: 'Changes requested: an editor revises and submits again.',
    approved: 'Approved and published. The next edit starts a new draft.',
  },
  errorCodes: {
    'review.not-reviewer': 'Only reviewers approve or request changes.',
    'review.not-editor': 'Only editors change content and submit it.',
    'review.own-edit': 'You edited this revision (four eyes): another reviewer has to approve it.',
    'review.publish-without-approval': 'Only an approval publishes a profile.',
    'review.revision-outdated':
      'The draft changed after you loaded it. Reload the page and review the new revision before approving it.',
    'review.restore-as-draft':
      'A version is always restored as a draft; it then goes through review.',
  },
}

/** The texts for the admin language (`i18n.language`); German for anything else. */
export const textsFor = (language: string | undefined): AdminTexts => (language === 'en' ? en : de)
