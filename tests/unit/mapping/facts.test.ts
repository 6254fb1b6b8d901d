import { describe, expect, it } from 'vitest'

import { Providers } from '../../../collections/Providers'
import { defaultDatasheet } from '../../../src/mapping/datasheet'
import {
  closedFactKeys,
  datasheetFacts,
  factKeys,
  frontmatterKeys,
  labelOfKey,
  legalFacts,
  optionValuesOf,
  placeholderKeys,
  vendorFields,
  whereShown,
} from '../../../src/mapping/facts'
import { vendorFieldSelect } from '../../../src/sources/vendors'
import { fixturePage } from '../../helpers/providerPages'

/** Every named data field of a field list, through rows, collapsibles and tabs. */
type AnyField = {
  name?: string
  type: string
  fields?: AnyField[]
  tabs?: AnyField[]
  options?: unknown[]
}
const namedFields = (fields: readonly AnyField[]): AnyField[] =>
  fields.flatMap((field) => [
    ...(field.name ? [field] : []),
    ...(field.name ? [] : namedFields(field.fields ?? [])),
    ...namedFields(field.tabs ?? []),
  ])

const providerField = (name: string): AnyField | undefined =>
  namedFields(Providers.fields as AnyField[]).find((field) => field.name === name)

describe('the table of facts', () => {
  it('lists the frontmatter keys in the order of the site page', () => {
    const page = fixturePage('session.md')
    const yaml = page.slice(4, page.indexOf('\n---\n'))
    const keys = yaml.split('\n').map((line) => line.slice(0, line.indexOf(':')))
    expect([...frontmatterKeys]).toEqual(keys)
  })

  it('gives every fact a provider field of the same name', () => {
    for (const key of factKeys) expect(providerField(key), key).toBeDefined()
  })

  it('makes each closed-set fact a select of exactly its values', () => {
    for (const key of closedFactKeys) {
      const field = providerField(key)
      expect(field?.type, key).toBe('select')
      expect(
        (field?.options as { value: string }[]).map((option) => option.value),
        key,
      ).toEqual(optionValuesOf(key))
    }
  })

  it.each([
    ['free_tier', ['yes', 'no', 'partial']],
    ['pricing', ['free', 'freemium', 'paid']],
    ['logs', ['none', 'minimal']],
    ['retention', ['none', 'long']],
    ['money', ['yes', 'maybe', 'no']],
  ] as const)('gives %s the values the site uses', (key, values) => {
    expect(optionValuesOf(key)).toEqual(values)
  })

  it('labels every option in German without the stored English value', () => {
    for (const key of closedFactKeys) {
      const options = providerField(key)?.options as { value: string; label: { de: string } }[]
      for (const option of options) {
        expect(option.label.de, `${key} ${option.value}`).not.toContain(`(${option.value})`)
      }
    }
    expect(providerField('free_tier')?.options).toContainEqual({
      value: 'yes',
      label: { de: 'ja', en: 'yes' },
    })
  })

  it('labels the provider fields of the Datenblatt as the provider form does', () => {
    for (const key of ['name', 'category', 'website']) {
      expect(labelOfKey(key), key).toEqual((providerField(key) as { label?: unknown }).label)
    }
  })

  it('keeps free text facts as text', () => {
    for (const key of ['license', 'jurisdiction', 'region', 'retention_max_days', 'robots']) {
      expect(providerField(key)?.type, key).toBe('text')
    }
  })

  it('derives the Datenblatt rows in the template order with their labels', () => {
    expect(datasheetFacts.map((fact) => [fact.field, fact.label])).toEqual([
      ['name', 'Anbieter'],
      ['category', 'Kategorie'],
      ['website', 'Website'],
      ['repo', 'Quellcode'],
      ['license', 'Lizenz'],
      ['pricing', 'Preismodell'],
      ['free_tier', 'Free Tier'],
      ['open_source', 'Open Source'],
      ['self_host_possible', 'Self-Hosting möglich'],
      ['account_required', 'Konto erforderlich'],
      ['phone_required', 'Telefon erforderlich'],
      ['kyc_required', 'KYC erforderlich'],
      ['jurisdiction', 'Jurisdiktion'],
      ['region', 'Region'],
      ['logs', 'Logs'],
      ['retention_notes', 'Retention'],
    ])
  })

  it('derives the template Datenblatt of a new provider as on the seed page', () => {
    expect(defaultDatasheet().map((row) => row.fact ?? row.label)).toEqual([
      'name',
      'category',
      'website',
      'repo',
      'license',
      'pricing',
      'free_tier',
      'open_source',
      'account_required',
      'phone_required',
      'kyc_required',
      'Zahlungsabwicklung',
      'jurisdiction',
      'logs',
      'retention_notes',
    ])
  })

  it('derives the legal links in the template order', () => {
    expect(legalFacts.map((legal) => [legal.field, legal.label, legal.title])).toEqual([
      ['privacy', 'Privacy Policy', 'Privacy Policy'],
      ['terms', 'AGB/Terms', 'Terms of Service'],
      ['transparency', 'Transparency Report', 'Transparency Report'],
      ['warrant_canary', 'Warrant Canary', 'Warrant Canary'],
    ])
  })

  it('derives the vendor fields and their select', () => {
    expect([...vendorFields]).toEqual([
      'website',
      'repo',
      'privacy',
      'terms',
      'transparency',
      'warrant_canary',
    ])
    expect(Object.keys(vendorFieldSelect).sort()).toEqual([...vendorFields, 'vendorDomains'].sort())
  })

  it('derives the placeholders the site keeps empty', () => {
    expect([...placeholderKeys]).toEqual([
      'provider',
      'policies',
      'audits',
      'features',
      'alternatives',
      'sources',
    ])
  })

  it.each([
    [
      'free_tier',
      'Datenblatt, Zeile „Free Tier“ (Frontmatter „free_tier“); auf der Seite steht yes / no / partial.',
    ],
    [
      'money',
      'Nur im Frontmatter, nicht im Seitentext (Frontmatter „money“); auf der Seite steht yes / maybe / no.',
    ],
  ] as const)('says in German where %s appears on the page', (key, text) => {
    expect(whereShown(key).de).toBe(text)
  })

  it('gives every fact field a German and an English help text', () => {
    for (const key of factKeys) {
      const description = (providerField(key) as { admin?: { description?: unknown } })?.admin
        ?.description as { de: string; en: string }
      expect(description.de, key).toMatch(/\(Frontmatter „/)
      expect(description.en, key).toMatch(/\(frontmatter "/)
    }
  })
})
