import { dateText } from '../i18n/dates'

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
  saveRefused: 'Beim Speichern abgelehnt:',
  findingsUnsaved: 'Stand des Formulars, noch nicht gespeichert.',
  verdictAsTyped: 'Urteil der Quellenregel',
  verdictLabel: {
    primary: 'Primärquelle',
    linked: 'Vom Anbieter verlinkt',
    rejected: 'Abgelehnt: Das Speichern nimmt diese Quelle nicht an',
  },
  stalenessLine: (text: string, staleOn: string | null, intervalDays: number) =>
    `Prüfung: ${text}${staleOn ? ` (fällig am ${dateText(staleOn, 'de')}, Intervall ${intervalDays} Tage)` : ''}`,
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
  stateName: {
    draft: 'Entwurf',
    in_review: 'Im Review',
    changes_requested: 'Änderungen erbeten',
    approved: 'Freigegeben',
  },
  stateTakenOver: 'Übernommen, ungeprüft',
  stateRecheck: 'Erneut prüfen',
  takenOverBanner:
    'Diese Seite wurde aus der Website übernommen und noch nie von einer zweiten Person freigegeben. Der Export schreibt sie deshalb nicht: Die Website behält ihre Datei, wie sie ist, bis die Redaktion die Fehler behebt, die Seite einreicht und eine Person mit Review-Rolle sie freigibt.',
  recheckStale: (staleOn: string | null) =>
    staleOn
      ? `Das Prüfintervall ist am ${dateText(staleOn, 'de')} abgelaufen.`
      : 'Das Prüfintervall ist abgelaufen.',
  recheckSource: (url: string) => `Die zitierte Quelle hat sich seit der Freigabe geändert: ${url}`,
  recheckComment: (recheck: { isStale: boolean; changedSources: string[] }) =>
    [
      recheck.isStale ? 'Das Prüfintervall ist abgelaufen.' : '',
      ...recheck.changedSources.map((url) => `Geänderte Quelle: ${url}`),
      'Bitte prüfen, ob das Profil noch stimmt, und anpassen.',
    ]
      .filter(Boolean)
      .join('\n'),
  commentBy: (by: string | null, at: string) =>
    by ? `Kommentar von ${by} am ${at}:` : `Kommentar vom ${at}:`,
  responsibleReviewer: 'Zuständiges Review:',
  nobodyAssigned: '– niemand (alle mit Review-Rolle) –',
  changesSinceApproval: (count: number) =>
    `Änderungen seit der letzten Freigabe (${count} ${count === 1 ? 'Feld' : 'Felder'})`,
  changedBy: (names: string[]) => `geändert von ${names.join(', ')}`,
  compareVersions: 'In der Versionsansicht vergleichen',
  resubmit: 'Erneut prüfen lassen',
  confirmUnchanged: 'Unverändert bestätigen',
  blockedByErrors: (count: number) =>
    `${count} ${count === 1 ? 'Fehler blockiert' : 'Fehler blockieren'} Einreichen und Freigabe: Behebe ${count === 1 ? 'ihn' : 'sie'} zuerst (siehe Befunde).`,
  openWarnings: (count: number) =>
    `${count} offene ${count === 1 ? 'Hinweis' : 'Hinweise'} (siehe Befunde): Die Freigabe nennt sie vorher.`,
  approveWithWarnings: (warnings: string[]) =>
    [
      `Freigeben trotz ${warnings.length} ${warnings.length === 1 ? 'Hinweis' : 'Hinweisen'}?`,
      '',
      ...warnings.map((line) => `• ${line}`),
    ].join('\n'),
  inboxTitle: 'Meine Arbeit',
  inboxIntro: 'Was auf dich wartet:',
  inboxEmpty: 'Gerade wartet nichts auf dich.',
  inboxLabel: {
    waiting: 'Wartet auf mich',
    returned: 'Zurück an mich',
    recheck: 'Erneut prüfen',
    stale: 'Veraltet',
    sourceChanged: 'Quelle geändert',
  },
  inboxHint: {
    waiting: 'Eingereichte Fassungen, die du prüfen kannst (dir zugewiesen oder niemandem).',
    returned: 'Fassungen, die du geschrieben hast und an denen Änderungen angefordert wurden.',
    recheck: 'Freigegebene Profile, die veraltet sind oder deren Quelle sich geändert hat.',
    stale: 'Profile, deren Prüfintervall abgelaufen ist.',
    sourceChanged: 'Profile, deren zitierte Anbieterseite sich seit der Freigabe geändert hat.',
  },
  guideLink: 'Anleitung für Redaktion und Review',
  versionsTitle: 'Versionen',
  versionsNone: 'Noch keine gespeicherten Versionen.',
  versionsSavedAt: 'Gespeichert am',
  versionsBy: 'Von',
  versionsByUnknown: 'unbekannt',
  versionsStep: 'Review-Schritt',
  versionsStatus: 'Stand',
  versionsPublished: 'Veröffentlicht',
  versionsLatest: 'Neueste Fassung',
  versionsCompare: 'Vergleich',
  versionsCompareWithPublished: 'mit der veröffentlichten Fassung vergleichen',
  versionsNewer: '← Neuere',
  versionsOlder: 'Ältere →',
  versionsPage: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  evidence: {
    state: {
      holds: 'hält',
      edited: 'geändert',
      vanished: 'verschwunden',
      unanchored: 'noch nicht verankert',
      missing: 'kein gespeicherter Stand',
    },
    stateHint: {
      holds: 'Die belegte Stelle steht so im zuletzt gespeicherten Stand des Dokuments.',
      edited: 'Der Anbieter hat die belegte Stelle geändert: Stimmt die Angabe noch?',
      vanished: 'Die belegte Stelle steht so nicht mehr im Dokument.',
      unanchored: 'Wird beim Speichern im gespeicherten Stand des Dokuments gesucht.',
      missing: 'Von diesem Dokument gibt es noch keinen gespeicherten Stand.',
    },
    stateLabel: 'Beleg',
    claimLabel: 'Angabe',
    claimHint:
      'Was die Stelle belegt: eine Zeile des Datenblatts (beim Tippen vorgeschlagen) oder ein Satz eines Abschnitts.',
    anchoredTitle: 'Stelle wie belegt',
    nowTitle: (fetchedAt: string | null) =>
      fetchedAt ? `Stelle heute (Stand vom ${fetchedAt})` : 'Stelle heute',
    noCandidate: 'Keine ähnliche Stelle im Dokument gefunden.',
    openAtVendor: 'Beim Anbieter an dieser Stelle öffnen',
    reanchor: 'Noch zutreffend – neu verankern',
    reanchorHint:
      'Übernimmt die Stelle, wie sie heute dasteht, als Zitat in den Entwurf. Nach dem Speichern prüft wie immer eine zweite Person.',
    reanchored: 'Neue Stelle als Zitat übernommen. Entwurf speichern und zur Prüfung einreichen.',
    editClaim: 'Angabe ändern',
    loading: 'Belege werden geprüft …',
    failed: 'Belege konnten nicht geprüft werden:',
    documentLabel: 'Dokument',
    documentHint: 'Eine der Quellen oder einer der Prüfberichte dieser Fassung.',
    chooseDocument: '– Dokument wählen –',
    notCited: (url: string) => `${url} (keine Quelle dieser Fassung)`,
    pickerTitle: 'Stelle im gespeicherten Text auswählen',
    pickerHint:
      'Die markierte Stelle wird zum Zitat. Angezeigt wird der zuletzt gespeicherte Stand, nicht die Website.',
    pickerNewDoc: 'Eine Stelle lässt sich nach dem ersten Speichern auswählen.',
    pickerNoDocument: 'Zuerst das Dokument wählen.',
    pickerLoading: 'Text wird geladen …',
    pickerFailed: 'Text konnte nicht geladen werden:',
    pickerNoText:
      'Noch kein gespeicherter Stand: Speichere den Entwurf mit dieser Quelle, dann wird das Dokument abgerufen.',
    pickerTextOf: (fetchedAt: string) => `Text des Dokuments, Stand vom ${fetchedAt}`,
    search: 'Im Text suchen',
    searchHits: (count: number) => (count === 1 ? '1 Treffer' : `${count} Treffer`),
    quoteFound: 'gefunden',
    quoteNotFound: 'nicht gefunden',
    quoteFoundHint: 'Das Zitat steht im gespeicherten Text.',
    quoteNotFoundHint:
      'Das Zitat steht so nicht im gespeicherten Text (Leerraum, Anführungszeichen, Groß- und Kleinschreibung und Satzzeichen zählen nicht).',
    coverage: (covered: number, total: number) => `${covered} von ${total}`,
    coverageHint: 'Datenblatt-Angaben mit Beleg von allen ausgefüllten Datenblatt-Angaben',
    filterChanged: 'Beleg geändert',
    filterChangedHint:
      'Profile, bei denen eine belegte Stelle seit der Freigabe geändert wurde oder verschwunden ist.',
    snapshotPassages: (count: number) =>
      count === 1
        ? '1 belegte Stelle ist im Text markiert.'
        : `${count} belegte Stellen sind im Text markiert.`,
    snapshotPassageTitle: (provider: string, claim: string) => `${provider}: ${claim}`,
  },
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
  saveRefused: 'Refused on save:',
  findingsUnsaved: 'As the form stands, not saved yet.',
  verdictAsTyped: 'Verdict of the source rule',
  verdictLabel: {
    primary: 'Primary source',
    linked: 'Linked by the vendor',
    rejected: 'Rejected: a save does not accept this source',
  },
  stalenessLine: (text, staleOn, intervalDays) =>
    `Review: ${text}${staleOn ? ` (due on ${dateText(staleOn, 'en')}, interval ${intervalDays} days)` : ''}`,
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
  stateName: {
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
  },
  stateTakenOver: 'Taken over, unreviewed',
  stateRecheck: 'Check again',
  takenOverBanner:
    'This page was taken over from the site and never approved by a second person. The export does not write it: the site keeps its file as it is until the editors fix the errors, submit the page and a reviewer approves it.',
  recheckStale: (staleOn) =>
    staleOn
      ? `The review interval ended on ${dateText(staleOn, 'en')}.`
      : 'The review interval has ended.',
  recheckSource: (url) => `The cited source changed since the approval: ${url}`,
  recheckComment: (recheck) =>
    [
      recheck.isStale ? 'The review interval has ended.' : '',
      ...recheck.changedSources.map((url) => `Changed source: ${url}`),
      'Please check whether the profile still holds, and update it.',
    ]
      .filter(Boolean)
      .join('\n'),
  commentBy: (by, at) => (by ? `Comment by ${by} on ${at}:` : `Comment of ${at}:`),
  responsibleReviewer: 'Reviewer:',
  nobodyAssigned: '– nobody (every reviewer) –',
  changesSinceApproval: (count) =>
    `Changes since the last approval (${count} ${count === 1 ? 'field' : 'fields'})`,
  changedBy: (names) => `changed by ${names.join(', ')}`,
  compareVersions: 'Compare in the versions view',
  resubmit: 'Ask for a new review',
  confirmUnchanged: 'Confirm unchanged',
  blockedByErrors: (count) =>
    `${count} ${count === 1 ? 'error blocks' : 'errors block'} submitting and approving: fix ${count === 1 ? 'it' : 'them'} first (see findings).`,
  openWarnings: (count) =>
    `${count} open ${count === 1 ? 'warning' : 'warnings'} (see findings): approving names them first.`,
  approveWithWarnings: (warnings) =>
    [
      `Approve despite ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}?`,
      '',
      ...warnings.map((line) => `• ${line}`),
    ].join('\n'),
  inboxTitle: 'My work',
  inboxIntro: 'What waits for you:',
  inboxEmpty: 'Nothing waits for you right now.',
  inboxLabel: {
    waiting: 'Waiting for me',
    returned: 'Back to me',
    recheck: 'Check again',
    stale: 'Stale',
    sourceChanged: 'Source changed',
  },
  inboxHint: {
    waiting: 'Submitted revisions you may review (assigned to you or to nobody).',
    returned: 'Revisions you wrote on which changes were requested.',
    recheck: 'Approved profiles that are stale or whose source changed.',
    stale: 'Profiles whose review interval has passed.',
    sourceChanged: 'Profiles whose cited vendor page changed since the approval.',
  },
  guideLink: 'Guide for editors and reviewers',
  versionsTitle: 'Versions',
  versionsNone: 'No saved versions yet.',
  versionsSavedAt: 'Saved',
  versionsBy: 'By',
  versionsByUnknown: 'unknown',
  versionsStep: 'Review step',
  versionsStatus: 'State',
  versionsPublished: 'Published',
  versionsLatest: 'Latest revision',
  versionsCompare: 'Comparison',
  versionsCompareWithPublished: 'compare with the published revision',
  versionsNewer: '← Newer',
  versionsOlder: 'Older →',
  versionsPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
  evidence: {
    state: {
      holds: 'holds',
      edited: 'edited',
      vanished: 'vanished',
      unanchored: 'not anchored yet',
      missing: 'no stored text',
    },
    stateHint: {
      holds: 'The quoted passage stands in the latest stored text of the document.',
      edited: 'The vendor edited the quoted passage: does the claim still hold?',
      vanished: 'The quoted passage is no longer in the document.',
      unanchored: 'It is looked up in the stored text of the document on save.',
      missing: 'There is no stored text of this document yet.',
    },
    stateLabel: 'Evidence',
    claimLabel: 'Claim',
    claimHint:
      'What the passage supports: a Datenblatt row (offered while typing) or a sentence of a section.',
    anchoredTitle: 'Passage as quoted',
    nowTitle: (fetchedAt) => (fetchedAt ? `Passage today (as of ${fetchedAt})` : 'Passage today'),
    noCandidate: 'No similar passage found in the document.',
    openAtVendor: 'Open at this passage on the vendor’s site',
    reanchor: 'Still true – anchor again',
    reanchorHint:
      'Takes the passage as it stands today as the quote into the draft. After saving, a second person reviews it as always.',
    reanchored: 'New passage taken as the quote. Save the draft and submit it for review.',
    editClaim: 'Change the claim',
    loading: 'Checking the evidence …',
    failed: 'Could not check the evidence:',
    documentLabel: 'Document',
    documentHint: 'One of this revision’s sources or audit reports.',
    chooseDocument: '– choose a document –',
    notCited: (url) => `${url} (not a source of this revision)`,
    pickerTitle: 'Select the passage in the stored text',
    pickerHint:
      'The selected passage becomes the quote. This is the latest stored text, not the live site.',
    pickerNewDoc: 'A passage can be selected after the first save.',
    pickerNoDocument: 'Choose the document first.',
    pickerLoading: 'Loading the text …',
    pickerFailed: 'Could not load the text:',
    pickerNoText:
      'No stored text yet: save the draft with this source and the document will be fetched.',
    pickerTextOf: (fetchedAt) => `Text of the document as of ${fetchedAt}`,
    search: 'Search the text',
    searchHits: (count) => (count === 1 ? '1 match' : `${count} matches`),
    quoteFound: 'found',
    quoteNotFound: 'not found',
    quoteFoundHint: 'The quote is in the stored text.',
    quoteNotFoundHint:
      'The quote is not in the stored text (whitespace, quotes, case and punctuation aside).',
    coverage: (covered, total) => `${covered} of ${total}`,
    coverageHint: 'Datenblatt facts with evidence of all Datenblatt facts with a value',
    filterChanged: 'Evidence changed',
    filterChangedHint: 'Profiles with a quoted passage edited or gone since the approval.',
    snapshotPassages: (count) =>
      count === 1
        ? '1 quoted passage is marked in the text.'
        : `${count} quoted passages are marked in the text.`,
    snapshotPassageTitle: (provider, claim) => `${provider}: ${claim}`,
  },
}

/** The texts for the admin language (`i18n.language`); German for anything else. */
export const textsFor = (language: string | undefined): AdminTexts => (language === 'en' ? en : de)
