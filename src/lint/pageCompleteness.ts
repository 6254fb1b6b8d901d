/**
 * Whether a revision makes a whole page: the fields a published page needs and the body
 * sections of the site's layout that would print nothing. Pure lint rules.
 */
import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { PageExtras } from '../mapping/providerPage'
import { printRichText, sectionTemplates } from '../markdown/sections'
import type { RichText, SectionId } from '../markdown/types'

/**
 * What a published provider page needs: the name and category head the page, the
 * website anchors the vendor domains, the description is the page's meta text, and
 * privacy and terms are the two legal links every profile cites.
 */
const requiredFields = ['name', 'category', 'website', 'description', 'privacy', 'terms'] as const

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** `field.missing` for each required field that is empty. */
export const missingFieldFindings = (provider: Readonly<Record<string, unknown>>): Finding[] =>
  requiredFields
    .filter((field) => isEmpty(provider[field]))
    .map((field) =>
      makeFinding({
        code: 'field.missing',
        message: message('field.missing', { field }),
        field,
        value: '',
      }),
    )

// --- Body sections of the site's layout that would print nothing

/**
 * The provider fields each body section prints (Kurzprofil and Datenblatt are made from
 * facts): rich text, a list of `{ text }` items, or the citations.
 */
const sectionContent: Partial<Record<SectionId, readonly string[]>> = {
  kurzfazit: ['fitFor', 'lessFitFor', 'mainTradeoff'],
  sofortmassnahmen: ['quickActions'],
  entscheidungshilfe: ['decisionGuide'],
  datenschutz: ['privacyFacts'],
  telemetrie: ['telemetry'],
  sicherheit: ['securityPoints'],
  einrichtung: ['setup'],
  features: ['features'],
  alternativen: ['alternatives'],
  offenePunkte: ['openPoints'],
  quellen: ['citations'],
}

const isBlankContent = (value: unknown): boolean => {
  if (!Array.isArray(value) || value.length === 0) return true
  // A list of items (`features`, `alternatives`) or entries (`citations`).
  if (value.every((item) => item && typeof item === 'object' && !('children' in item))) {
    return value.every((item: Record<string, unknown>) =>
      ['text', 'url', 'rawLine', 'title'].every(
        (key) => typeof item[key] !== 'string' || (item[key] as string).trim() === '',
      ),
    )
  }
  return printRichText(value as RichText).trim() === ''
}

/**
 * `section.empty` for each body section of the site's layout that would print nothing
 * (no content and no section kept verbatim from an imported page): a warning naming the
 * section, so "Keine Befunde" means the page is complete.
 */
export const emptySectionFindings = (provider: Readonly<Record<string, unknown>>): Finding[] => {
  const extras = (provider.pageExtras ?? {}) as PageExtras
  const kept = new Set((extras.sectionOverrides ?? []).map((entry) => entry.section))
  return sectionTemplates.flatMap(({ id, heading }) => {
    const fields = sectionContent[id]
    if (!fields || kept.has(id)) return []
    if (!fields.every((field) => isBlankContent(provider[field]))) return []
    return [
      makeFinding({
        code: 'section.empty',
        message: message('section.empty', { section: heading }),
        field: fields[0]!,
        value: heading,
      }),
    ]
  })
}
