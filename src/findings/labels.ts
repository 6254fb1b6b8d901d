import type { FindingCode } from './finding'

export type FindingLabel = { de: string; en: string }

/** Short names of the finding codes for the admin UI, German and English. */
export const findingLabels: Readonly<Record<FindingCode, FindingLabel>> = {
  'source.rejected': { de: 'Keine Anbieter-Primärquelle', en: 'Not a vendor primary source' },
  'source.malformed': { de: 'Quelle ohne gültige URL', en: 'Source without a valid URL' },
  'source.linked-without-vendor-page': {
    de: 'Drittdokument ohne verlinkende Anbieterseite',
    en: 'Third-party document without a linking vendor page',
  },
  'source.lookalike': { de: 'Täuschend ähnliche Domain', en: 'Lookalike domain' },
  'source.insecure-http': { de: 'Unverschlüsselter Link (http)', en: 'Unencrypted link (http)' },
  'datasheet.mismatch': { de: 'Datenblatt widerspricht Feld', en: 'Datasheet contradicts field' },
  'text.obfuscated-email': { de: 'Verschleierte E-Mail-Adresse', en: 'Obfuscated e-mail address' },
  'text.unsafe-link': { de: 'Unzulässige Linkadresse', en: 'Link scheme not allowed' },
  'text.unsafe-html': { de: 'Aktives HTML im Text', en: 'Active HTML in the text' },
  'field.missing': { de: 'Pflichtfeld fehlt', en: 'Required field missing' },
  'field.unknown-value': { de: 'Wert außerhalb der Auswahl', en: 'Value outside the options' },
  'section.empty': { de: 'Abschnitt leer', en: 'Section empty' },
  'provider.stale': { de: 'Profil veraltet', en: 'Profile stale' },
  'provider.due-soon': { de: 'Prüfung bald fällig', en: 'Review due soon' },
  'source.changed': { de: 'Quelle geändert', en: 'Source changed' },
  'evidence.edited': { de: 'Beleg geändert', en: 'Evidence edited' },
  'evidence.vanished': { de: 'Beleg verschwunden', en: 'Evidence vanished' },
  'claim.unsupported': { de: 'Angabe ohne Beleg', en: 'Statement without evidence' },
  'source.moved': { de: 'Quelle umgezogen', en: 'Source moved' },
  'source.unreachable': { de: 'Quelle nicht erreichbar', en: 'Source unreachable' },
  'source.blocked': {
    de: 'Quelle führt zu gesperrter Adresse',
    en: 'Source leads to a blocked address',
  },
  'source.link-gone': {
    de: 'Anbieterseite verlinkt das Dokument nicht mehr',
    en: 'Vendor page no longer links the document',
  },
  'source.redirect-rejected': {
    de: 'Quelle leitet auf eine Fremdseite um',
    en: 'Source redirects off the vendor',
  },
}

export const findingLabelOf = (args: { code: FindingCode; locale: 'de' | 'en' }): string =>
  findingLabels[args.code][args.locale]
