import type { SiteCommitTexts } from './siteCommitTexts'

/** The site commit's message in English. */
export const en: SiteCommitTexts = {
  pages: (count) => (count === 1 ? '1 provider page' : `${count} provider pages`),
  exported: (pages) => `Export ${pages}`,
  removed: (pages, isFirst) => `${isFirst ? 'Remove' : 'remove'} ${pages}`,
  approved: (slug, reviewer, day) => `- ${slug}: approved by ${reviewer} on ${day}`,
  unknownReviewer: 'an unknown reviewer (user deleted)',
  unapproved: (slug) => `- ${slug}: no recorded approval (published by import)`,
  gone: (slug) => `- ${slug}: removed (no longer published)`,
  trailer: (startedBy, exportId) =>
    `Exported by provider-desk for ${startedBy} (export ${exportId}).`,
}
