import type { Catalogue, InputKind, MarkdownShape, UnsupportedMarkdown } from './catalogue'
import { reasonIn } from './catalogue'
import { dateText } from './dates'
import { fieldLabel, optionLabel } from './fieldLabels'

const date = (value: string): string => dateText(value, 'de')
const label = (field: string): string => fieldLabel(field, 'de')
const option = (field: string, value: string): string =>
  optionLabel({ field, value, language: 'de' })

const vendorList = (vendors: readonly string[]): string =>
  `Anbieter-Domains: ${vendors.length === 0 ? 'noch keine' : vendors.join(', ')}`

const stated = (field: string, value: string): string =>
  value === ''
    ? `das Feld „${label(field)}“ ist leer`
    : `im Feld „${label(field)}“ steht „${value}“`

const stateNames = {
  draft: 'Entwurf',
  changes_requested: 'Änderungen erbeten',
  approved: 'Freigegeben',
  new: 'neu',
} as const

/** What an input check expected of a value (`input.wrong-kind`). */
const kindNames: Record<InputKind, string> = {
  text: 'ein Text',
  texts: 'eine Liste von Texten',
  number: 'eine Zahl',
  numbers: 'eine Liste von Zahlen',
  date: 'ein Datum (ISO 8601)',
  boolean: 'true oder false',
  rows: 'eine Liste von Einträgen (Objekten)',
  object: 'ein Objekt',
  richText: 'Rich Text (eine Liste von Absätzen als Objekte)',
  id: 'die ID eines vorhandenen Eintrags',
}

/** What the editor cannot show of lists, links and details blocks (`markdown.unsupported`). */
const shapeNames: Record<MarkdownShape, string> = {
  'loose-list': 'eine Liste mit Leerzeilen zwischen den Punkten',
  'loose-or-task-list-item': 'ein Listenpunkt mit Leerzeilen oder Aufgaben-Kästchen',
  'list-item-not-text': 'ein Listenpunkt, der nicht mit Text beginnt',
  'link-title': 'ein Link mit Titel',
  'unclosed-details': '<details> ohne </details>',
}

const unsupported = (what: UnsupportedMarkdown): string =>
  'shape' in what ? shapeNames[what.shape] : what.nodeType

/** The German texts: du-form, „…“, naming what is wrong and how to fix it. */
export const de: Catalogue = {
  'source.malformed.no-url': ({ value }) =>
    `„${value}“ enthält keine Webadresse (keine http- oder https-URL). Ersetze es durch die URL der Anbieterseite, für die es steht, oder entferne es.`,
  'source.malformed.unusable-url': ({ value }) =>
    `„${value}“ ist keine brauchbare Webadresse (es zählen nur vollständige http- und https-URLs). Schreib die ganze URL der Anbieterseite, beginnend mit https://.`,
  'source.rejected': ({ host, vendors }) =>
    `${host} ist keine Domain dieses Anbieters (${vendorList(vendors)}). ` +
    `Zitiere stattdessen die eigene Seite des Anbieters, trag den Host bei den Anbieter-Domains ein, wenn er wirklich dem Anbieter gehört, ` +
    `oder setz „Verlinkt von“ auf die Anbieterseite, die dieses Dokument verlinkt.`,
  'source.rejected.stray-link': ({ url, vendors }) =>
    `Der Text enthält einen Link auf ${url}; das ist keine Seite auf der eigenen Website des Anbieters (${vendorList(vendors)}). Entferne ihn oder zitiere die Anbieterseite als eigenen Eintrag.`,
  'source.linked-without-vendor-page': ({ host, vendors }) =>
    `${host} ist keine Domain dieses Anbieters (${vendorList(vendors)}), und ein Dokument Dritter ` +
    `zählt nur, wenn der Anbieter es verlinkt. Setz „Verlinkt von“ auf die Anbieterseite, die dieses Dokument verlinkt ` +
    `(zum Beispiel die FAQ des Anbieters), oder zitiere stattdessen die eigene Seite des Anbieters.`,
  'source.linked-without-vendor-page.linked-from': ({ host, linkedFrom, vendors }) =>
    `„Verlinkt von“ (${linkedFrom}) ist keine Seite auf der eigenen Website des Anbieters (${vendorList(vendors)}) ` +
    `und kann deshalb nicht für das Dokument auf ${host} bürgen. Setz „Verlinkt von“ auf die Anbieterseite, die dieses Dokument verlinkt.`,
  'source.lookalike': ({ host, unicodeHost, imitates, vendors }) =>
    `${host} (angezeigt als ${unicodeHost}) ahmt die Anbieter-Domain ${imitates} nach; es ist keine Domain dieses Anbieters ` +
    `(${vendorList(vendors)}). Prüf, woher der Link stammt, und zitiere stattdessen die echte Seite des Anbieters.`,
  'source.lookalike.mixed-scripts': ({ host, unicodeHost, vendors }) =>
    `${host} (angezeigt als ${unicodeHost}) mischt Buchstaben verschiedener Alphabete in einem Namen; es ist keine Domain dieses Anbieters ` +
    `(${vendorList(vendors)}). Prüf, woher der Link stammt, und zitiere stattdessen die echte Seite des Anbieters.`,
  'source.insecure-http': ({ host }) =>
    `Der Link auf ${host} nutzt http: statt https:. Er zählt als Anbieterseite, aber stell ihn auf https:// um, wenn die Seite so lädt.`,
  'source.primary': ({ entry, from }) =>
    `${entry} ist eine Domain dieses Anbieters (aus dem Feld „${label(from)}“).`,
  'source.linked': ({ host, linkedFrom }) =>
    `${host} ist ein Dokument Dritter, das die Anbieterseite ${linkedFrom} verlinkt.`,
  'source.no-report': () => 'Kein Bericht verlinkt: Der Eintrag ist nur Text.',
  'source.language.not-tags': ({ value }) =>
    `„${value}“ ist keine Sprachangabe. Schreib Sprachkürzel, durch Kommas getrennt, z. B. „en“ oder „fr-FR, fr“; leer heißt Deutsch zuerst.`,
  'vendor-domain.not-a-host': ({ value }) =>
    `„${value}“ ist kein Hostname. Schreib ihn wie getsession.org oder github.com/deine-organisation.`,
  'vendor-domain.shared-no-prefix': ({ host }) =>
    `${host} teilen sich viele Anbieter, und ein Pfad trennt dort die Seiten eines Anbieters nicht von denen anderer. Zitiere stattdessen die eigene Seite des Anbieters.`,
  'vendor-domain.shared-too-short': ({ host, count }) =>
    `${host} teilen sich viele Anbieter; ein Präfix dort braucht mindestens ${count} Pfadsegmente, die den Anbieter benennen.`,
  'vendor-domain.shared-host': ({ host, hints }) =>
    `${host} teilen sich viele Anbieter; als Ganzes kann es nie eine Anbieter-Domain sein. ` +
    (hints.length > 0
      ? `Trag stattdessen den eigenen Teil des Anbieters ein, etwa ${hints.join(' oder ')}.`
      : 'Zitiere stattdessen die eigene Seite des Anbieters.'),
  'vendor-domain.public-suffix': ({ host }) =>
    `${host} ist eine öffentliche Endung, die sich viele Websites teilen, und kann nie eine Anbieter-Domain sein. Trag den eigenen Namen des Anbieters darunter ein, etwa <vendor>.${host}.`,
  'datasheet.mismatch.row': ({ label, row, field, fieldValue }) =>
    `Die Datenblatt-Zeile „${label}“ sagt „${row}“ (wie auf der importierten Seite), aber ${stated(field, fieldValue)}. Bring beides in Einklang: Korrigier das Feld und leere dann den übernommenen Wert der Zeile, damit sie dem Feld folgt.`,
  'datasheet.mismatch.legal-link': ({ label, text, field, fieldValue }) =>
    `Der Rechtslink „${label}“ lautet „${text}“ (wie auf der importierten Seite), aber ${stated(field, fieldValue)}. Korrigier das Feld und leere dann den übernommenen Text des Links, damit er dem Feld folgt.`,
  'text.obfuscated-email': ({ field, placeholder }) =>
    `Der Text im Feld „${label(field)}“ enthält „${placeholder}“, einen Platzhalter aus einer kopierten Seite, die E-Mail-Adressen vor Scrapern versteckt. Ersetze ihn durch die echte Adresse von der Anbieterseite oder entferne ihn.`,
  'text.unsafe-link': ({ url, scheme }) =>
    `Der Link „${url}“ beginnt mit ${scheme}; auf der Seite sind nur Links mit https:, http: oder mailto: und Sprungmarken (#…) erlaubt, denn andere Adressarten können im Browser der Leser Code ausführen. Ersetze ihn durch die https://-Adresse der Anbieterseite oder entferne ihn.`,
  'text.unsafe-html': ({ element }) =>
    `Der Text enthält das HTML-Element <${element}>, das auf der Seite Code ausführen, fremde Inhalte laden oder Links umlenken kann. Entferne es; für einen Verweis genügt ein Link auf die Anbieterseite.`,
  'text.unsafe-html.attribute': ({ element, attribute }) =>
    `Das HTML-Element <${element}> im Text hat das Attribut „${attribute}“, das auf der Seite Code ausführen oder fremde Inhalte laden kann. Entferne das Attribut.`,
  'field.missing': ({ field }) =>
    `Das Feld „${label(field)}“ ist leer, eine veröffentlichte Anbieterseite braucht es aber. Füll es vor der Freigabe aus.`,
  'section.empty': ({ section }) =>
    `Der Abschnitt „${section}“ ist leer: Die Seite würde ihn ohne Inhalt zeigen. Schreib ihn aus den Primärquellen des Anbieters oder halte dort fest, was sie offenlassen.`,
  'field.unknown-value': ({ field, value, options }) =>
    `Das Feld „${label(field)}“ hat von der importierten Seite den Wert „${value}“; die Seite schreibt dort aber nur ${options.join(', ')}. Er bleibt erhalten und wird so exportiert, bis du im Feld eine der Optionen wählst (${options.map((choice) => option(field, choice)).join(', ')}).`,
  'provider.stale': ({ updated, staleOn }) =>
    `Das Profil wurde zuletzt am ${date(updated)} freigegeben und ist seit ${date(staleOn)} zur Prüfung fällig. Prüf seine Quellen erneut und gib eine neue Fassung frei.`,
  'provider.due-soon': ({ updated, staleOn, daysLeft }) =>
    `Das Profil wurde zuletzt am ${date(updated)} freigegeben und ist am ${date(staleOn)} zur Prüfung fällig (in ${daysLeft} ${daysLeft === 1 ? 'Tag' : 'Tagen'}).`,
  'evidence.url-not-cited': ({ url }) =>
    `${url} ist keine Quelle und kein Prüfbericht dieser Fassung. Ein Beleg zitiert eines der Dokumente, die das Profil angibt: Füge die Quelle hinzu oder wähle eine der vorhandenen.`,
  'evidence.no-snapshot': ({ url }) =>
    `Von ${url} gibt es noch keinen gespeicherten Stand, in dem das Zitat gesucht werden kann. Speichere die Quelle, lass die Quellenüberwachung laufen („provider-desk watch“) und verankere das Zitat dann.`,
  'evidence.quote-not-found': ({ url, fetchedAt }) =>
    `Das Zitat steht nicht im Dokument ${url} (Stand vom ${date(fetchedAt)}). Kopiere die Stelle wörtlich aus dem gespeicherten Text des Dokuments; Leerraum, Anführungszeichen und Groß- und Kleinschreibung zählen nicht.`,
  'evidence.fetch-blocked': ({ url }) =>
    `${url} wurde nicht abgerufen: Die Adresse oder eine Weiterleitung führt in kein öffentliches Netz, und solche Adressen ruft der Desk nie ab. Zitiere die öffentliche Seite des Anbieters unter ihrer https://-Adresse.`,
  'evidence.fetch-http': ({ url, status }) =>
    `${url} konnte für das Zitat nicht abgerufen werden: Der Server antwortete mit HTTP ${status}${status === 404 ? ' (Seite nicht gefunden)' : ''}. Prüf die Adresse im Browser, korrigier die Quelle und speichere das Zitat dann erneut.`,
  'evidence.fetch-failed': ({ url, reason }) =>
    `${url} konnte für das Zitat nicht abgerufen werden: ${
      {
        timeout: 'Der Server antwortete nicht rechtzeitig. Versuch es später noch einmal.',
        unreachable:
          'Der Server war nicht erreichbar. Prüf die Adresse und versuch es später noch einmal.',
        tls: 'Sein Zertifikat ist nicht gültig. Zitiere die Seite unter einer Adresse mit gültigem Zertifikat.',
        'too-large':
          'Das Dokument ist größer als 5 MB. Zitiere die Seite des Anbieters, auf der die Stelle selbst steht.',
        'not-a-document':
          'Die Adresse liefert weder eine Webseite noch Text noch ein PDF. Zitiere die Seite, auf der die Stelle selbst steht.',
        'no-text':
          'Aus dem Dokument ließ sich kein Text lesen. Zitiere die Seite, auf der die Stelle als Text steht.',
      }[reason]
    }`,
  'evidence.edited': ({ claim, before, after }) =>
    `Die Stelle, auf der „${claim}“ beruht, hat sich geändert. Freigegeben: „${before}“ – jetzt: „${after}“. Prüfe die Angabe und verankere das Zitat neu oder ändere die Angabe.`,
  'evidence.vanished': ({ claim, before, candidate }) =>
    `Die Stelle, auf der „${claim}“ beruht, steht nicht mehr im Dokument. Freigegeben: „${before}“${candidate ? ` – am ähnlichsten jetzt: „${candidate}“` : ''}. Suche den neuen Beleg oder ändere die Angabe.`,
  'claim.unsupported': ({ field, row }) =>
    `Die Angabe „${label(field)}“ (Datenblatt-Zeile „${row}“) hat keinen Beleg. Füge unter „Belege“ die Stelle aus einer Quelle des Anbieters hinzu, auf der sie beruht, mit „${row}“ als Angabe, damit die Quellenüberwachung sie prüfen kann.`,
  'claim.unsupported.grouped': ({ count, labels }) =>
    `${count} ${count === 1 ? 'Angabe' : 'Angaben'} im Datenblatt ohne Beleg: ${labels.join(', ')}.`,
  'source.changed': ({ removedLines, addedLines }) =>
    `Der Anbieter hat diese Seite seit der letzten Freigabe des Profils geändert (${removedLines} ${removedLines === 1 ? 'Zeile' : 'Zeilen'} entfernt, ${addedLines} hinzugefügt). Prüf, ob das Profil noch sagt, was die Seite sagt, und gib dann eine neue Fassung frei.`,
  'source.moved': ({ finalUrl }) =>
    `Die Seite leitet jetzt auf ${finalUrl} um, weiterhin auf den Domains des Anbieters. Zitiere die neue Adresse.`,
  'source.redirect-rejected': ({ finalUrl, vendors }) =>
    `Die Seite leitet jetzt auf ${finalUrl} um; das ist keine Primärquelle dieses Anbieters (${vendorList(vendors)}). Zitiere stattdessen die eigene Seite des Anbieters oder entferne die Quelle.`,
  'source.unreachable': ({ failureCount, reason }) =>
    `Die letzten ${failureCount} Abrufe dieser Seite sind fehlgeschlagen (${reasonIn(de, reason) || 'keine Antwort'}). Prüf, ob es sie noch gibt; ist sie umgezogen, zitiere ihre neue Adresse.`,
  'source.blocked': ({ reason }) =>
    `Die Quellenbeobachtung hat den Abruf dieser Seite verweigert: ${reasonIn(de, reason) || 'ihre Adresse ist nicht öffentlich'}. Eine Anbieterseite liegt nie auf einer privaten Adresse; prüf die Quelle.`,
  'source.link-gone': ({ linkedFrom }) =>
    `Die Anbieterseite ${linkedFrom} verlinkt dieses Dokument nicht mehr. Ohne den Link des Anbieters ist es keine Quelle; such, wo der Anbieter es jetzt verlinkt, oder entferne die Quelle.`,
  'review.not-editor.edit': () =>
    'Nur die Redaktion ändert die Inhalte eines Anbieters. Mit der Review-Rolle gibst du die Fassung frei oder forderst mit einem Kommentar Änderungen an.',
  'review.not-editor.submit': () =>
    'Nur die Redaktion reicht einen Anbieter zur Prüfung ein oder holt ihn in den Entwurf zurück.',
  'review.not-reviewer.approve': () => 'Nur Personen mit der Review-Rolle geben eine Fassung frei.',
  'review.not-reviewer.request-changes': () =>
    'Nur Personen mit der Review-Rolle fordern Änderungen an einer Fassung an.',
  'review.wrong-state': ({ state }) =>
    `Nur eine Fassung im Review kann freigegeben oder zurückgeschickt werden; diese ist „${stateNames[state]}“. Die Redaktion reicht sie zuerst ein (Review-Status „Im Review“).`,
  'review.comment-required': () =>
    'Schreib, was sich ändern soll: Änderungen anfordern geht nur mit einem Review-Kommentar.',
  'review.own-edit': () =>
    'Du hast diese Fassung bearbeitet und kannst sie deshalb nicht freigeben (Vier-Augen-Prinzip). Eine andere Person mit Review-Rolle, die nicht mitgeschrieben hat, muss sie freigeben.',
  'review.one-at-a-time': () =>
    'Gib einen Anbieter nach dem anderen frei (PATCH /api/providers/:id); eine Freigabe veröffentlicht ihn.',
  'review.error-findings': ({ count, findings }) =>
    [
      `Diese Fassung kann nicht freigegeben werden, solange der Anbieter ${count} ${count === 1 ? 'Fehler-Befund hat' : 'Fehler-Befunde hat'}. Behebe zuerst:`,
      ...findings.map((line) => `- ${line}`),
    ].join('\n'),
  'review.submit-error-findings': ({ count, findings }) =>
    [
      `Diese Fassung kann nicht eingereicht werden, solange der Anbieter ${count} ${count === 1 ? 'Fehler-Befund hat' : 'Fehler-Befunde hat'}. Der Entwurf ist gespeichert; behebe zuerst:`,
      ...findings.map((line) => `- ${line}`),
    ].join('\n'),
  'review.publish-without-approval': () =>
    'Nur eine Freigabe veröffentlicht einen Anbieter. Reich die Fassung zur Prüfung ein (Review-Status „Im Review“); eine Person mit Review-Rolle, die nicht mitgeschrieben hat, gibt sie frei, und das veröffentlicht sie.',
  'review.revision-missing': () =>
    'Sag, welche Fassung du freigibst: Schick „approvedRevision“ mit dem updatedAt des geprüften Entwurfs mit („Freigeben“ im Admin tut das).',
  'review.revision-outdated': ({ approvedRevision, latest }) =>
    `Der Entwurf wurde geändert, nachdem du ihn geladen hast (du hast die Fassung vom ${date(approvedRevision)} geprüft, die neueste ist vom ${date(latest)}). Lade ihn neu und prüf ihn erneut, bevor du ihn freigibst.`,
  'review.approved-meanwhile': ({ at }) =>
    `Diese Fassung wurde inzwischen freigegeben (${date(at)}), von jemand anderem aus dem Review. Lade das Profil neu; eine zweite Freigabe braucht es nicht.`,
  'review.assign-forbidden': () => 'Nur Redaktion, Review und Admins weisen ein Review zu.',
  'review.provider-missing': () => 'Diesen Anbieter gibt es nicht (mehr). Lade die Liste neu.',
  'review.assign-not-reviewer': () =>
    'Zuständig fürs Review kann nur eine Person mit der Rolle „Review“ sein. Wähle jemanden aus der Liste.',
  'review.assign-editor': ({ name }) =>
    `${name} hat diese Fassung bearbeitet und darf sie nicht prüfen (Vier-Augen-Prinzip). Wähle eine andere Person mit Review-Rolle.`,
  'review.assigned': () => 'Zuständiges Review gespeichert.',
  'review.restore-as-draft': () =>
    'Eine Version wiederherzustellen veröffentlicht nie und zieht nie zurück: Stell sie als Entwurf wieder her (REST ?draft=true, GraphQL draft: true). Der wiederhergestellte Inhalt geht dann wie jede Änderung durchs Review.',
  'cli.severity.error': () => 'Fehler',
  'cli.severity.warning': () => 'Hinweis',
  'cli.usage.unknown-option': ({ option, usage }) =>
    `Unbekannte Option „${option}“.\nAufruf: ${usage}`,
  'cli.usage.bad-value': ({ option, usage }) =>
    `Der Option „${option}“ fehlt ihr Wert (oder er passt nicht).\nAufruf: ${usage}`,
  'cli.usage.unexpected-argument': ({ argument, usage }) =>
    `Unerwartetes Argument „${argument}“: Dieser Befehl nimmt keine Argumente ohne Option.\nAufruf: ${usage}`,
  'cli.usage.other': ({ detail, usage }) =>
    `Die Befehlszeile ist nicht lesbar: ${detail}\nAufruf: ${usage}`,
  'cli.usage.bad-lang': ({ value }) => `--lang nimmt de oder en, nicht „${value}“.`,
  'cli.import.no-files': ({ usage }) =>
    `Nenne mindestens eine Seitendatei oder einen Ordner.\nAufruf: ${usage}`,
  'cli.import.progress': ({ done, total, file }) => `Importiere ${done}/${total} ${file}`,
  'cli.lint.no-findings': ({ slug }) => `${slug}: keine Befunde`,
  'cli.lint.unknown-slug': ({ slug }) =>
    `Es gibt keinen Anbieter mit dem Slug „${slug}“. Ruf provider-desk lint ohne --provider auf, um alle zu sehen.`,
  'cli.lint.unrecorded': ({ slug, versionId }) =>
    `${slug}: Fehler  Die veröffentlichte Version ${versionId} hat keinen Freigabe-Eintrag: Sie ist ohne protokollierte Freigabe auf die Website gelangt. Prüf sie und gib sie erneut frei.`,
  'cli.lint.summary': ({ providers, errors }) => `${providers} Anbieter, ${errors} Fehler.`,
  'cli.import.imported': ({ file, slug }) => `importiert ${file} → ${slug}`,
  'cli.import.findings': ({ count, summary }) =>
    ` (${count} ${count === 1 ? 'Befund' : 'Befunde'}: ${summary})`,
  'cli.import.failed': ({ file, error }) => `FEHLER   ${file}: ${error}`,
  'cli.import.summary': ({ imported, failed }) =>
    `${imported} importiert, ${failed} fehlgeschlagen.`,
  'cli.seed.seeded': ({ slug }) => `angelegt ${slug}`,
  'cli.export.no-target': ({ usage }) =>
    `Sag, wo die Website liegt: --out DIR, oder setz SITE_DIR.\nAufruf: ${usage}`,
  'cli.export.commit-conflict': ({ usage }) =>
    `Gib --commit oder --no-commit an, nicht beides.\nAufruf: ${usage}`,
  'cli.export.progress': ({ done, total }) => `Exportiere ${done}/${total}`,
  'cli.export.wrote': ({ file }) => `geschrieben ${file}`,
  'cli.export.removed': ({ file }) => `entfernt    ${file}`,
  'cli.export.summary': ({ written, unchanged, removed, durationMs, commit, exportId, status }) =>
    `${written} geschrieben, ${unchanged} unverändert, ${removed} entfernt (${durationMs} ms)${commit ? `, Commit ${commit}` : ''}; Export ${exportId}: ${status}.`,
  'cli.export.out-of-date': () => 'Die Website ist nicht aktuell:',
  'cli.export.would-write': ({ file }) => `  würde schreiben  ${file}`,
  'cli.export.would-remove': ({ file }) => `  würde entfernen  ${file}`,
  'cli.export.awaiting': ({ count, slugs }) =>
    `${count} ${count === 1 ? 'übernommene Seite wartet' : 'übernommene Seiten warten'} auf die erste Freigabe und ${count === 1 ? 'wurde' : 'wurden'} nicht geschrieben (die Website behält ihre Datei): ${slugs.join(', ')}`,
  'cli.export.up-to-date': ({ unchanged }) =>
    `Die Website ist aktuell (${unchanged} ${unchanged === 1 ? 'Seite' : 'Seiten'}).`,
  'cli.remind.bad-now': ({ value, usage }) =>
    `--now nimmt ein Kalenderdatum als JJJJ-MM-TT, z. B. --now 2026-11-23 (bekommen: „${value}“)\nAufruf: ${usage}`,
  'cli.remind.progress': () => 'Prüfe die Anbieter und verschicke Erinnerungen …',
  'cli.remind.dry-run': ({ day, count }) =>
    `Probelauf für den ${date(day)}: würde ${count} ${count === 1 ? 'Übersicht' : 'Übersichten'} verschicken; nichts wurde verschickt oder geschrieben.`,
  'cli.remind.sent': ({ sent, failed, skipped }) =>
    `${sent} ${sent === 1 ? 'Übersicht' : 'Übersichten'} verschickt, ${failed} fehlgeschlagen, ${skipped} Anbieter übersprungen (in den letzten 7 Tagen gemailt oder im erneuten Versuch).`,
  'cli.remind.sources-changed': ({ sources }) => `Quellen geändert: ${sources.join(', ')}`,
  'cli.remind.failed': ({ to, error }) => `  FEHLER ${to}: ${error}`,
  'cli.watch.unknown-slug': ({ slug }) =>
    `Es gibt keinen Anbieter mit dem Slug „${slug}“. Ruf provider-desk watch ohne --provider auf, um alle zitierten Quellen zu beobachten.`,
  'cli.watch.progress-one': ({ slug }) => `Beobachte die Quellen von ${slug} …`,
  'cli.watch.progress-all': () => 'Beobachte alle zitierten Quellen …',
  'cli.watch.host-done': ({ host, total }) =>
    `${host}: ${total} ${total === 1 ? 'Quelle' : 'Quellen'} geprüft`,
  'cli.watch.totals': (counts) =>
    `${counts.sources} ${counts.sources === 1 ? 'Quelle' : 'Quellen'}: ${counts.new} neu, ${counts.unchanged} unverändert, ${counts.changed} geändert, ${counts.moved} umgezogen, ${counts.failed} fehlgeschlagen, ${counts.blocked} gesperrt.`,
  'cli.watch.cited-by': ({ providers }) => `zitiert von ${providers.join(', ')}`,
  'cli.user.created': ({ email, roles }) =>
    `Benutzer ${email} angelegt, mit den Rollen ${roles.join(', ')}.`,
  'cli.user.updated': ({ email, roles }) =>
    `Benutzer ${email} aktualisiert, mit den Rollen ${roles.join(', ')}.`,
  'http.method': ({ method }) =>
    `Die API kennt die Methode ${method} nicht; verwende GET, POST, PATCH, PUT oder DELETE.`,
  'http.bad-number': ({ name }) =>
    `„${name}“ muss eine ganze Zahl mit höchstens neun Ziffern sein, zum Beispiel ${name}=2.`,
  'http.no-boundary': () =>
    'Bei „multipart/form-data“ fehlt die Angabe „boundary“ im Content-Type; sende die Formulardaten so, wie ein Browser sie sendet, oder als JSON.',
  'http.too-deep': ({ limit }) =>
    `Der JSON-Inhalt ist tiefer als ${limit} Ebenen verschachtelt; so tiefe Daten nimmt die API nicht an.`,
  'http.bad-path': () =>
    'Die Adresse enthält eine ungültige Prozent-Kodierung (etwa „%zz“ oder ein abgeschnittenes Zeichen). Kodiere Sonderzeichen in UTF-8 als %XX mit zwei Hexadezimalziffern.',
  'auth.team-only': () => 'Melde dich als Mitglied der Redaktion an.',
  'auth.reset-requested': () =>
    'Wenn zu dieser Adresse ein Konto besteht, kommt in wenigen Minuten eine E-Mail mit einem Link zum Zurücksetzen des Passworts.',
  'auth.reset-email-invalid': () =>
    'Gib die E-Mail-Adresse deines Kontos an, zum Beispiel {"email": "name@example.org"}.',
  'auth.reset-rest-only': () =>
    'Ein neues Passwort wird über POST /api/users/forgot-password oder „Passwort vergessen?“ auf der Anmeldeseite angefordert.',
  'auth.password-too-short': ({ min }) =>
    `Das Passwort ist zu kurz. Es braucht mindestens ${min} Zeichen; am besten ist ein Satz aus mehreren Wörtern.`,
  'graphql.too-deep': ({ depth, limit }) =>
    `Die Abfrage ist ${depth} Ebenen tief; erlaubt sind ${limit}. Frage verschachtelte Daten in mehreren Abfragen ab.`,
  'graphql.too-many-aliases': ({ count, limit }) =>
    `Die Abfrage hat ${count} Aliasse; erlaubt sind ${limit}. Teile sie in mehrere Abfragen auf.`,
  'graphql.too-costly': ({ cost, limit }) =>
    `Die Abfrage würde bis zu ${cost} Felder liefern; erlaubt sind ${limit}. Wähle weniger Felder oder ein kleineres „limit“ und blättere mit „page“.`,
  'export.bad-target.not-a-folder': ({ siteDir }) =>
    `Das Exportziel ${siteDir} ist kein Ordner. Setze SITE_DIR (oder --out) auf den Checkout des Website-Repositorys.`,
  'export.bad-target.not-writable': ({ siteDir }) =>
    `In das Exportziel ${siteDir} kann nicht geschrieben werden. Prüfe seine Berechtigungen.`,
  'export.bad-manifest': ({ file, reason }) =>
    `${file} ist kein Export-Manifest von provider-desk (${reason}). Stelle es aus git wieder her oder lösche es, um neu anzufangen (der nächste Export schreibt dann jede Seite neu, die ihm gehört).`,
  'export.busy': ({ startedAt }) =>
    `Es läuft schon ein Export, seit ${date(startedAt)}. Warte, bis er fertig ist, und versuche es dann erneut.`,
  'export.git.not-a-work-tree': ({ siteDir }) =>
    `Kein Commit: ${siteDir} ist kein git-Arbeitsverzeichnis. Führe dort „git init“ aus (oder setze SITE_DIR auf den Checkout der Website) oder setze EXPORT_GIT_COMMIT=false.`,
  'export.git.failed': ({ exitCode }) =>
    `Der Commit der exportierten Seiten ist fehlgeschlagen (git endete mit ${exitCode}). Die Seiten sind geschrieben, aber nicht committet; die Ausgabe von git steht im Server-Log.`,
  'export.failed': ({ exportId }) =>
    `Der Export ist unerwartet fehlgeschlagen (Export ${exportId}); die Einzelheiten stehen im Server-Log.`,
  'export.page-failed': ({ path, errorCode }) =>
    `${path} konnte nicht geschrieben werden (${errorCode}${errorCode === 'ENAMETOOLONG' ? ': der Slug ist als Dateiname zu lang' : ''}); alle anderen Seiten wurden exportiert. Korrigiere den Slug des Anbieters oder die Berechtigungen des Website-Ordners und exportiere erneut.`,
  'export.page-symlink': ({ path }) =>
    `${path} wurde nicht geschrieben: Der Weg dorthin führt über einen symbolischen Link, und der Export schreibt nur innerhalb des Website-Ordners. Ersetze den Link im Website-Repository durch einen echten Ordner und exportiere erneut.`,
  'export.interrupted': () =>
    'Dieser Export endete, ohne fertig zu werden (der Prozess, der ihn ausführte, wurde beendet). Nichts davon ist committet; starte den Export erneut.',
  'export.not-started': () =>
    'Der Export-Auftrag ist nicht angelaufen; die Einzelheiten stehen im Server-Log. Versuche es erneut.',
  'export.login-required': () =>
    'Melde dich als Person mit Veröffentlichungs- oder Admin-Rolle an.',
  'export.forbidden': () =>
    'Nur Personen mit Veröffentlichungs- oder Admin-Rolle dürfen einen Export ansehen oder starten.',
  'export.no-site-dir': () =>
    'SITE_DIR ist nicht gesetzt, es gibt also kein Exportziel. Setze SITE_DIR auf den Checkout des Website-Repositorys (siehe .env.example) und starte den Server neu.',
  'export.request-failed': () =>
    'Der Export ist unerwartet fehlgeschlagen; die Einzelheiten stehen im Server-Log.',
  'export.bad-request': () => 'Der Inhalt der Anfrage muss leer sein oder {"prune": true|false}.',
  'export.started': () => 'Export gestartet.',
  'provider.not-published': ({ id }) =>
    `Anbieter ${id} hat noch keine veröffentlichte Fassung; mit ?draft=true gibt es eine Vorschau des Entwurfs.`,
  'page.crlf-line-endings': () =>
    'Die Seite hat CRLF-Zeilenenden; nur LF wird gelesen. Speichere sie mit LF-Zeilenenden.',
  'page.unsupported-frontmatter': ({ fence }) =>
    `Frontmatter-Zaun „${fence}“ wird nicht unterstützt: Gelesen wird nur ein YAML-Block, der mit „---“ beginnt.`,
  'page.no-frontmatter': () => 'Die Seite beginnt nicht mit einem Frontmatter-Block „---“.',
  'page.unclosed-frontmatter': () =>
    'Der Frontmatter-Block wird nie mit einer Zeile „---“ geschlossen.',
  'page.bad-yaml': ({ detail }) => `Ungültiges YAML im Frontmatter: ${detail}`,
  'page.frontmatter-not-mapping': () =>
    'Das Frontmatter muss eine Zuordnung von Schlüsseln zu Werten sein.',
  'page.key-not-scalar': () => 'Frontmatter-Schlüssel müssen einfache Werte sein.',
  'page.forbidden-key': ({ key }) => `Der Frontmatter-Schlüssel „${key}“ ist nicht erlaubt.`,
  'markdown.unsupported': ({ what }) =>
    `Dieses Markdown kann der Editor nicht abbilden: ${unsupported(what)}. Schreib die Stelle als Absatz, Liste oder Link.`,
  'file.unreadable': ({ detail }) => `Die Datei ist nicht lesbar: ${detail}`,
  'file.too-large': ({ size, limit }) =>
    `Die Datei hat ${size}; eine Seite darf höchstens ${limit} haben.`,
  'file.binary': () => 'Die Datei enthält Binärdaten (NUL-Bytes), keine Markdown-Seite.',
  'file.not-utf8': () => 'Die Datei ist kein gültiger UTF-8-Text; speichere sie als UTF-8.',
  'provider.not-found': ({ id }) => `Es gibt keinen Anbieter mit der ID ${id}.`,
  'findings.bad-request': () =>
    'Der Inhalt der Anfrage muss ein JSON-Objekt {"revision": {…}} mit den Feldern des Formulars sein.',
  'watch.held-back': ({ length, storedLength }) =>
    `zurückgehalten: ${length} Zeichen statt ${storedLength}; gilt als das Dokument, wenn der nächste Lauf denselben Text findet`,
  'watch.not-stored': ({ detail }) => `konnte nicht gespeichert werden: ${detail}`,
  'watch.redirects': ({ finalUrl }) => `leitet weiter auf ${finalUrl}`,
  'watch.redirects-off-vendor': ({ finalUrl }) =>
    `leitet weiter auf ${finalUrl}, weg von den Domains des Anbieters`,
  'watch.new-baseline': () =>
    'neue Grundlage: Die Selektoren, die erbetene Sprache oder die Textgewinnung haben sich geändert',
  'watch.blocked': ({ address, range }) => `${address} ist keine öffentliche Adresse (${range})`,
  'watch.blocked.resolves': ({ host, address, range }) =>
    `${host} zeigt auf ${address}, keine öffentliche Adresse (${range})`,
  'watch.bad-url': ({ url }) => `keine URL: ${url}`,
  'watch.unsupported-protocol': ({ protocol }) =>
    `abgerufen wird nur http und https, nicht ${protocol}`,
  'watch.too-many-redirects': ({ maxRedirects }) => `mehr als ${maxRedirects} Weiterleitungen`,
  'watch.no-answer': ({ ms }) => `keine Antwort innerhalb von ${ms} ms`,
  'watch.unresolved': ({ detail }) => `Name nicht auflösbar: ${detail}`,
  'watch.timeout': ({ detail }) => `Zeitüberschreitung: ${detail}`,
  'watch.network': ({ code, detail }) => `Netzwerkfehler ${code}: ${detail}`,
  'watch.tls': ({ code, detail }) => `TLS-Fehler ${code}: ${detail}`,
  'watch.bad-redirect': ({ location }) => `Weiterleitung auf eine ungültige URL: ${location}`,
  'watch.unexpected-304': () =>
    'HTTP 304 auf eine Anfrage ohne Validatoren (If-None-Match, If-Modified-Since)',
  'watch.http-error': ({ status }) => `der Server antwortet mit HTTP ${status}`,
  'watch.unsupported-type': ({ contentType }) =>
    `${contentType ? `„${contentType}“` : 'kein Inhaltstyp'} ist weder HTML noch reiner Text noch PDF`,
  'watch.too-large': ({ maxBytes }) => `größer als ${maxBytes} Bytes`,
  'watch.unreadable': ({ name, detail }) => `PDF nicht lesbar, ${name}: ${detail}`,
  'watch.too-deep': ({ maxDepth }) => `die Seite verschachtelt mehr als ${maxDepth} Elemente`,
  'watch.too-many-pages': ({ pages, maxPages }) =>
    `das PDF hat ${pages} Seiten, mehr als ${maxPages}`,
  'watch.selectors-no-text': ({ selectors }) =>
    `die Selektoren ${selectors.join(', ')} treffen keinen Text`,
  'watch.no-text': () => 'das Dokument enthält keinen Text',
  'watch.inflated': ({ maxMb }) => `die Textgewinnung wuchs über ${maxMb} MB`,
  'watch.out-of-memory': ({ maxMb }) => `die Textgewinnung brauchte mehr als ${maxMb} MB Speicher`,
  'watch.too-slow': ({ seconds }) => `die Textgewinnung dauerte länger als ${seconds} s`,
  'input.control-characters': ({ name }) =>
    `„${name}“ darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.`,
  'input.format-character': ({ name, character }) =>
    `„${name}“ enthält ein unsichtbares Formatzeichen (${character}, etwa eine Umkehr der Schreibrichtung oder ein Zeichen ohne Breite). Lösche es: Tippe den Text neu ein, statt ihn einzufügen.`,
  'input.slug': ({ maxLength, length }) =>
    `Der Slug darf nur a–z, 0–9 und „-“ enthalten und höchstens ${maxLength} Zeichen lang sein (dieser hat ${length}).`,
  'input.where.geo-operator': ({ where, operator, path, fieldType }) =>
    `${where}: Der Operator „${operator}“ gilt nur für Geo-Felder, „${path}“ ist ein Feld vom Typ ${fieldType}.`,
  'input.where.date': ({ where, path }) =>
    `${where}: „${path}“ ist ein Datumsfeld; erwartet wird ein Datum wie 2026-01-21 oder 2026-01-21T08:00:00Z.`,
  'input.wrong-kind': ({ path, kind }) => `„${path}“ muss ${kindNames[kind]} sein.`,
  'input.not-an-option': ({ path, options }) =>
    `„${path}“ muss einer der erlaubten Werte sein: ${options.join(', ')}.`,
  'input.out-of-range': ({ path, min, max }) =>
    `„${path}“ muss zwischen ${min.toLocaleString('de-DE')} und ${max.toLocaleString('de-DE')} liegen.`,
}
