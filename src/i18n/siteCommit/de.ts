import { dateText } from '../dates'
import type { SiteCommitTexts } from './siteCommitTexts'

/** The site commit's message in German. */
export const de: SiteCommitTexts = {
  pages: (count) => (count === 1 ? '1 Anbieterseite' : `${count} Anbieterseiten`),
  exported: (pages) => `Exportiere ${pages}`,
  removed: (pages, isFirst) => `${isFirst ? 'Entferne' : 'entferne'} ${pages}`,
  approved: (slug, reviewer, day) =>
    `- ${slug}: freigegeben von ${reviewer} am ${dateText(day, 'de')}`,
  unknownReviewer: 'einer unbekannten Person (Benutzer gelöscht)',
  unapproved: (slug) => `- ${slug}: keine protokollierte Freigabe (per Import veröffentlicht)`,
  gone: (slug) => `- ${slug}: entfernt (nicht mehr veröffentlicht)`,
  trailer: (startedBy, exportId) =>
    `Exportiert von provider-desk für ${startedBy} (Export ${exportId}).`,
}
