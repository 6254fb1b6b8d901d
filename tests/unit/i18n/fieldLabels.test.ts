import { describe, expect, it } from 'vitest'

import { Providers } from '../../../collections/Providers'
import { fieldLabel, optionLabel } from '../../../src/i18n/fieldLabels'
import { workflowFieldNames } from '../../../src/workflow/review'

type AnyField = {
  name?: string
  type: string
  label?: unknown
  fields?: AnyField[]
  tabs?: AnyField[]
}

/** Every named field of the provider form with its path, arrays' fields with a row index. */
const labelledFields = (fields: readonly AnyField[], prefix = ''): [string, unknown][] =>
  fields.flatMap((field): [string, unknown][] => {
    if (!field.name) {
      return [
        ...labelledFields(field.fields ?? [], prefix),
        ...labelledFields(field.tabs ?? [], prefix),
      ]
    }
    const path = `${prefix}${field.name}`
    const own: [string, unknown][] = field.label && field.type !== 'ui' ? [[path, field.label]] : []
    if (field.type !== 'array' || prefix) return own
    return [...own, ...labelledFields(field.fields ?? [], `${path}.0.`)]
  })

/** Fields no message names by path: the workflow's own (`updated` aside), what the importer or the rule keeps. */
const isUnnamedInMessages = (path: string): boolean =>
  (workflowFieldNames.has(path.split('.')[0]!) && path !== 'updated') ||
  /^(pageMeta|pageExtras|keptFactValues)\b|\.(verdict|verdictReason|findings|source)$/.test(path)

describe('fieldLabel', () => {
  it('labels every field of the provider form as the form does, in German and English', () => {
    const mismatches = labelledFields(Providers.fields as AnyField[])
      .filter(([path]) => !isUnnamedInMessages(path))
      .flatMap(([path, label]) => {
        const [, index, child] = path.split('.')
        return (['de', 'en'] as const).flatMap((language) => {
          const own = (label as Record<string, string>)[language] ?? ''
          const expected = child ? `${Number(index) + 1} → ${own}` : own
          const read = fieldLabel(path, language)
          return read.endsWith(expected) ? [] : [`${path} (${language}): ${read} ≠ ${own}`]
        })
      })
    expect(mismatches).toEqual([])
  })

  it.each([
    ['terms', 'de', 'AGB / Terms'],
    ['privacyFacts', 'de', 'Datenschutz & Datenflüsse'],
    ['citations.2.url', 'de', 'Quelle 3 → URL'],
    ['citations.2.url', 'en', 'Source 3 → URL'],
    ['audits.0.reportUrl', 'de', 'Audit 1 → Bericht (URL)'],
    ['datasheet.4.value', 'de', 'Zeile 5 → Wert (Zeile ohne Feld)'],
    ['legalLinks.1', 'en', 'Legal link 2'],
    ['body', 'de', 'body'],
  ] as const)('reads %s in %s as „%s“', (path, language, expected) => {
    expect(fieldLabel(path, language)).toBe(expected)
  })

  it('reads a closed-set value as the form shows it and keeps any other value', () => {
    expect(optionLabel({ field: 'free_tier', value: 'yes', language: 'de' })).toBe('ja')
    expect(optionLabel({ field: 'free_tier', value: 'ja', language: 'de' })).toBe('ja')
    expect(optionLabel({ field: 'license', value: 'MIT', language: 'de' })).toBe('MIT')
  })
})
