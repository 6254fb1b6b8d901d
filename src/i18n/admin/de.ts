import type { FindingCode } from '../../findings/finding'
import { dateText } from '../dates'

/**
 * The admin's own texts in German: its panels, cells and filters, the "Veröffentlichen"
 * view (`publish`) and the finding codes' short names (`findingLabels`). German is the
 * source of `AdminTexts`, by which the English catalogue (`en.ts`) is typed.
 */
export const de = {
  /** The line under the logo on the login page: what this is. */
  tagline: 'Redaktionssystem für Anbieterprofile',
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
  /** The "Veröffentlichen" view. */
  publish: {
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
  },
  /** Short names of the finding codes for the findings panel. */
  findingLabels: {
    'source.rejected': 'Keine Anbieter-Primärquelle',
    'source.malformed': 'Quelle ohne gültige URL',
    'source.linked-without-vendor-page': 'Drittdokument ohne verlinkende Anbieterseite',
    'source.lookalike': 'Täuschend ähnliche Domain',
    'source.insecure-http': 'Unverschlüsselter Link (http)',
    'datasheet.mismatch': 'Datenblatt widerspricht Feld',
    'text.obfuscated-email': 'Verschleierte E-Mail-Adresse',
    'text.unsafe-link': 'Unzulässige Linkadresse',
    'text.unsafe-html': 'Aktives HTML im Text',
    'field.missing': 'Pflichtfeld fehlt',
    'field.unknown-value': 'Wert außerhalb der Auswahl',
    'section.empty': 'Abschnitt leer',
    'provider.stale': 'Profil veraltet',
    'provider.due-soon': 'Prüfung bald fällig',
    'source.changed': 'Quelle geändert',
    'evidence.edited': 'Beleg geändert',
    'evidence.vanished': 'Beleg verschwunden',
    'claim.unsupported': 'Angabe ohne Beleg',
    'source.moved': 'Quelle umgezogen',
    'source.unreachable': 'Quelle nicht erreichbar',
    'source.blocked': 'Quelle führt zu gesperrter Adresse',
    'source.link-gone': 'Anbieterseite verlinkt das Dokument nicht mehr',
    'source.redirect-rejected': 'Quelle leitet auf eine Fremdseite um',
  } satisfies Record<FindingCode, string>,
}

/** The admin's texts: one language's catalogue has exactly the keys and parameters of the German one. */
export type AdminTexts = typeof de
