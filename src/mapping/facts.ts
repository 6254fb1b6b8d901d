/**
 * The one table of the page's frontmatter, in the site's order: every key, where its
 * value lives, and for the facts (the provider fields of the same name) their label,
 * kind, Datenblatt row or legal link, vendor role, form group and help text. The
 * frontmatter order, the fact fields of the form, the Datenblatt labels, the vendor
 * fields and the lint all derive from it; nothing else spells a fact key out.
 * Pure data and small derivations: it imports nothing.
 */

export type Text = { de: string; en: string }

/** One value of a closed set: exactly as the site writes it, with its label in the form. */
export type FactOption = { value: string; label: Text }

/** How a fact is edited. A `select` holds the site's exact values (issue 16). */
export type FactKind =
  { type: 'text' } | { type: 'textarea' } | { type: 'select'; options: readonly FactOption[] }

/**
 * Where a frontmatter key's value lives:
 * `template` — derived by the template (kept in `pageMeta` only when a page differs, or `updated`);
 * `placeholder` — kept empty by the site (stored in `pageMeta` only when a page fills it);
 * `provider` — a provider field of its own (name, category, website), not in the facts tab;
 * `fact` — a fact field of the same name.
 */
export type Holder = 'template' | 'placeholder' | 'provider' | 'fact'

/** The part of the page a fact is shown in; the facts tab groups its fields the same way. */
export type FactGroup = 'head' | 'datasheet' | 'legal' | 'dataNotes' | 'frontmatter'

export type FrontmatterEntry = {
  key: string
  holder: Holder
  label?: Text
  kind?: FactKind
  group?: FactGroup
  /** A hint beyond where the fact appears (shown after it in the form). */
  hint?: Text
  /** Its URL makes vendor domains: `site` = the registrable domain, `repo` = host + first path segment. */
  vendor?: 'site' | 'repo'
  /** Its Datenblatt row: the label in the table; `isTemplateRow` = a new provider starts with it. */
  datasheet?: { label: string; isTemplateRow: boolean }
  /** Its "Rechtliches (Anbieterlinks)" item: label and the link title after the provider's name. */
  legal?: { label: string; title: string }
}

/** A closed-set value with its label in each language; the value itself stays as the site writes it. */
const option = <const V extends string>(value: V, de: string, en: string) => ({
  value,
  label: { de, en },
})

const yesNoPartial = [
  option('yes', 'ja', 'yes'),
  option('no', 'nein', 'no'),
  option('partial', 'teilweise', 'partial'),
] as const

const urlHint = {
  de: 'Ihr Host zählt als Anbieter-Domain für die Quellenregel.',
  en: 'Its host counts as a vendor domain for the source rule.',
}

/** A yes/no/partial fact with its Datenblatt row. */
const yesNo = <const K extends string>({
  key,
  label,
  row,
  isTemplateRow,
}: {
  key: K
  label: Text
  row: string
  isTemplateRow: boolean
}) =>
  ({
    key,
    holder: 'fact',
    label,
    kind: { type: 'select', options: yesNoPartial },
    group: 'datasheet',
    datasheet: { label: row, isTemplateRow },
  }) as const

/** The site's frontmatter, key by key, in the order the site writes it. */
export const frontmatterTable = [
  { key: 'layout', holder: 'template' },
  { key: 'title', holder: 'template' },
  { key: 'url', holder: 'template' },
  { key: 'chapter', holder: 'template' },
  { key: 'type', holder: 'template' },
  { key: 'format', holder: 'template' },
  {
    key: 'level',
    holder: 'fact',
    label: { de: 'Level', en: 'Level' },
    kind: { type: 'text' },
    group: 'frontmatter',
  },
  {
    key: 'money',
    holder: 'fact',
    label: { de: 'Monetarisierung', en: 'Money' },
    kind: {
      type: 'select',
      options: [
        option('yes', 'ja', 'yes'),
        option('maybe', 'vielleicht', 'maybe'),
        option('no', 'nein', 'no'),
      ],
    },
    group: 'frontmatter',
  },
  { key: 'status', holder: 'template' },
  { key: 'updated', holder: 'template' },
  {
    key: 'robots',
    holder: 'fact',
    label: { de: 'Robots', en: 'Robots' },
    kind: { type: 'text' },
    group: 'frontmatter',
    hint: { de: 'Meta-Robots, z. B. „index,follow“.', en: 'The robots meta, e.g. "index,follow".' },
  },
  {
    key: 'description',
    holder: 'fact',
    label: { de: 'Beschreibung', en: 'Description' },
    kind: { type: 'textarea' },
    group: 'head',
    hint: { de: 'Die Meta-Beschreibung der Seite.', en: "The page's meta description." },
  },
  { key: 'provider', holder: 'placeholder' },
  {
    key: 'name',
    holder: 'provider',
    label: { de: 'Name', en: 'Name' },
    datasheet: { label: 'Anbieter', isTemplateRow: true },
  },
  {
    key: 'category',
    holder: 'provider',
    label: { de: 'Kategorie', en: 'Category' },
    datasheet: { label: 'Kategorie', isTemplateRow: true },
  },
  {
    key: 'website',
    holder: 'provider',
    label: { de: 'Website', en: 'Website' },
    vendor: 'site',
    datasheet: { label: 'Website', isTemplateRow: true },
  },
  {
    key: 'repo',
    holder: 'fact',
    label: { de: 'Quellcode', en: 'Source code' },
    kind: { type: 'text' },
    group: 'datasheet',
    vendor: 'repo',
    datasheet: { label: 'Quellcode', isTemplateRow: true },
    hint: {
      de: 'Repository-Organisation (z. B. https://github.com/org); Host + erster Pfadteil zählen als Anbieter-Quelle.',
      en: 'Repository organisation (e.g. https://github.com/org); host + first path segment count as a vendor source.',
    },
  },
  {
    key: 'license',
    holder: 'fact',
    label: { de: 'Lizenz', en: 'License' },
    kind: { type: 'text' },
    group: 'datasheet',
    datasheet: { label: 'Lizenz', isTemplateRow: true },
  },
  { key: 'policies', holder: 'placeholder' },
  {
    key: 'privacy',
    holder: 'fact',
    label: { de: 'Datenschutzerklärung', en: 'Privacy policy' },
    kind: { type: 'text' },
    group: 'legal',
    vendor: 'site',
    legal: { label: 'Privacy Policy', title: 'Privacy Policy' },
    hint: urlHint,
  },
  {
    key: 'terms',
    holder: 'fact',
    label: { de: 'AGB / Terms', en: 'Terms of service' },
    kind: { type: 'text' },
    group: 'legal',
    vendor: 'site',
    legal: { label: 'AGB/Terms', title: 'Terms of Service' },
    hint: urlHint,
  },
  {
    key: 'transparency',
    holder: 'fact',
    label: { de: 'Transparenzbericht', en: 'Transparency report' },
    kind: { type: 'text' },
    group: 'legal',
    vendor: 'site',
    legal: { label: 'Transparency Report', title: 'Transparency Report' },
    hint: urlHint,
  },
  {
    key: 'warrant_canary',
    holder: 'fact',
    label: { de: 'Warrant Canary', en: 'Warrant canary' },
    kind: { type: 'text' },
    group: 'legal',
    vendor: 'site',
    legal: { label: 'Warrant Canary', title: 'Warrant Canary' },
    hint: { de: 'Link oder „Nicht angegeben“.', en: 'A link or "Nicht angegeben".' },
  },
  { key: 'audits', holder: 'placeholder' },
  {
    key: 'pricing',
    holder: 'fact',
    label: { de: 'Preismodell', en: 'Pricing' },
    kind: {
      type: 'select',
      options: [
        option('free', 'kostenlos', 'free'),
        option('freemium', 'Basis kostenlos (Freemium)', 'freemium'),
        option('paid', 'kostenpflichtig', 'paid'),
      ],
    },
    group: 'datasheet',
    datasheet: { label: 'Preismodell', isTemplateRow: true },
  },
  yesNo({
    key: 'free_tier',
    label: { de: 'Free Tier', en: 'Free tier' },
    row: 'Free Tier',
    isTemplateRow: true,
  }),
  yesNo({
    key: 'open_source',
    label: { de: 'Open Source', en: 'Open source' },
    row: 'Open Source',
    isTemplateRow: true,
  }),
  yesNo({
    key: 'self_host_possible',
    label: { de: 'Self-Hosting möglich', en: 'Self-hosting possible' },
    row: 'Self-Hosting möglich',
    isTemplateRow: false,
  }),
  yesNo({
    key: 'account_required',
    label: { de: 'Konto erforderlich', en: 'Account required' },
    row: 'Konto erforderlich',
    isTemplateRow: true,
  }),
  yesNo({
    key: 'phone_required',
    label: { de: 'Telefon erforderlich', en: 'Phone required' },
    row: 'Telefon erforderlich',
    isTemplateRow: true,
  }),
  yesNo({
    key: 'kyc_required',
    label: { de: 'KYC erforderlich', en: 'KYC required' },
    row: 'KYC erforderlich',
    isTemplateRow: true,
  }),
  {
    key: 'jurisdiction',
    holder: 'fact',
    label: { de: 'Jurisdiktion', en: 'Jurisdiction' },
    kind: { type: 'text' },
    group: 'datasheet',
    datasheet: { label: 'Jurisdiktion', isTemplateRow: true },
  },
  {
    key: 'region',
    holder: 'fact',
    label: { de: 'Region (Code)', en: 'Region (code)' },
    kind: { type: 'text' },
    group: 'datasheet',
    datasheet: { label: 'Region', isTemplateRow: false },
    hint: { de: 'Ländercode, z. B. „ch“.', en: 'Country code, e.g. "ch".' },
  },
  {
    key: 'logs',
    holder: 'fact',
    label: { de: 'Logs', en: 'Logs' },
    kind: {
      type: 'select',
      options: [option('none', 'keine', 'none'), option('minimal', 'minimal', 'minimal')],
    },
    group: 'datasheet',
    datasheet: { label: 'Logs', isTemplateRow: true },
  },
  {
    key: 'retention',
    holder: 'fact',
    label: { de: 'Aufbewahrung', en: 'Retention' },
    kind: {
      type: 'select',
      options: [option('none', 'keine', 'none'), option('long', 'lang', 'long')],
    },
    group: 'frontmatter',
  },
  {
    key: 'retention_notes',
    holder: 'fact',
    label: { de: 'Aufbewahrung – Notizen', en: 'Retention notes' },
    kind: { type: 'textarea' },
    group: 'datasheet',
    datasheet: { label: 'Retention', isTemplateRow: true },
  },
  {
    key: 'retention_max_days',
    holder: 'fact',
    label: { de: 'Aufbewahrung max. Tage', en: 'Retention max days' },
    kind: { type: 'text' },
    group: 'frontmatter',
  },
  {
    key: 'data_notes',
    holder: 'fact',
    label: { de: 'Daten-Notizen', en: 'Data notes' },
    kind: { type: 'textarea' },
    group: 'dataNotes',
  },
  { key: 'features', holder: 'placeholder' },
  { key: 'alternatives', holder: 'placeholder' },
  { key: 'sources', holder: 'placeholder' },
] as const satisfies readonly FrontmatterEntry[]

type Entry = (typeof frontmatterTable)[number]

/** Every entry with the optional parts readable (the `as const` table is a union of literals). */
const entries: readonly FrontmatterEntry[] = frontmatterTable

export type FrontmatterKey = Entry['key']
export type FactKey = Extract<Entry, { holder: 'fact' }>['key']
/** The facts whose values the site uses as a closed set: selects. */
export type ClosedFactKey = Extract<Entry, { kind: { type: 'select' } }>['key']
export type DatasheetField = Extract<Entry, { datasheet: object }>['key']
export type LegalField = Extract<Entry, { legal: object }>['key']
export type VendorField = Extract<Entry, { vendor: string }>['key']
/** The values a closed-set fact takes, as literal types (the select's options). */
export type OptionOf<K extends ClosedFactKey> = Extract<Entry, { key: K }>['kind'] extends {
  options: readonly (infer O)[]
}
  ? O extends { value: infer V }
    ? V
    : never
  : never

const keysWhere = <K extends FrontmatterKey>(test: (entry: FrontmatterEntry) => boolean): K[] =>
  entries.filter(test).map((entry) => entry.key as K)

/** The frontmatter keys in the site's order. */
export const frontmatterKeys: readonly FrontmatterKey[] = keysWhere(() => true)

/** The provider fields that hold a frontmatter value under the same name. */
export const factKeys: readonly FactKey[] = keysWhere((entry) => entry.holder === 'fact')

/** Frontmatter placeholders the site keeps empty; stored only when a page fills them. */
export const placeholderKeys = keysWhere<Extract<Entry, { holder: 'placeholder' }>['key']>(
  (entry) => entry.holder === 'placeholder',
)

export const closedFactKeys: readonly ClosedFactKey[] = keysWhere(
  (entry) => entry.kind?.type === 'select',
)

/** The fields whose URLs make vendor domains: `site` ones by domain, `repo` by host + path. */
export const vendorSiteFields = keysWhere<VendorField>((entry) => entry.vendor === 'site')
export const vendorRepoFields = keysWhere<VendorField>((entry) => entry.vendor === 'repo')
export const vendorFields: readonly VendorField[] = keysWhere((entry) => entry.vendor !== undefined)

/** The Datenblatt rows that mirror a provider field, in the template's order. */
export const datasheetFacts = entries.flatMap((entry) =>
  entry.datasheet
    ? [
        {
          field: entry.key as DatasheetField,
          label: entry.datasheet.label,
          isTemplateRow: entry.datasheet.isTemplateRow,
        },
      ]
    : [],
)

/** The "Rechtliches (Anbieterlinks)" links that come from a provider field, in the template's order. */
export const legalFacts = entries.flatMap((entry) =>
  entry.legal ? [{ field: entry.key as LegalField, ...entry.legal }] : [],
)

/** The fact's entry; every fact has a label, a kind and a group. */
export const factOf = (
  key: FactKey,
): Required<Pick<FrontmatterEntry, 'label' | 'kind' | 'group'>> & FrontmatterEntry => {
  const entry = entries.find((candidate) => candidate.key === key)
  if (!entry?.label || !entry.kind || !entry.group) throw new Error(`no fact "${key}"`)
  return { ...entry, label: entry.label, kind: entry.kind, group: entry.group }
}

/** The label of a fact or provider field in the form (the provider fields' labels as `collections/Providers/index.ts` spells them). */
export const labelOfKey = (key: string): Text | undefined =>
  entries.find((candidate) => candidate.key === key)?.label

/** The facts of one form group, in page order. */
export const factsIn = (group: FactGroup): FactKey[] =>
  factKeys.filter((key) => factOf(key).group === group)

/** The values of a closed-set fact, exactly as the site writes them. */
export const optionValuesOf = (key: ClosedFactKey): readonly string[] => {
  const { kind } = factOf(key)
  return kind.type === 'select' ? kind.options.map((entry) => entry.value) : []
}

/** Where a fact appears on the page, as the form's help text says it. */
export const whereShown = (key: FactKey): Text => {
  const entry = factOf(key)
  const values =
    entry.kind.type === 'select' ? entry.kind.options.map((entry) => entry.value).join(' / ') : null
  const written = values
    ? { de: `; auf der Seite steht ${values}`, en: `; the page says ${values}` }
    : { de: '', en: '' }
  const place: Text = entry.datasheet
    ? {
        de: `Datenblatt, Zeile „${entry.datasheet.label}“`,
        en: `Datenblatt, row "${entry.datasheet.label}"`,
      }
    : entry.legal
      ? {
          de: `Datenblatt, „Rechtliches (Anbieterlinks)“: „${entry.legal.label}“`,
          en: `Datenblatt, "Rechtliches (Anbieterlinks)": "${entry.legal.label}"`,
        }
      : entry.group === 'dataNotes'
        ? {
            de: 'Datenblatt, unter „Daten-Notizen (kurz)“, solange dort kein eigener Text steht',
            en: 'Datenblatt, under "Daten-Notizen (kurz)", unless a text of its own is set there',
          }
        : {
            de: 'Nur im Frontmatter, nicht im Seitentext',
            en: 'Frontmatter only, not in the page text',
          }
  const frontmatter = { de: ` (Frontmatter „${key}“)`, en: ` (frontmatter "${key}")` }
  const hint = entry.hint
    ? { de: ` ${entry.hint.de}`, en: ` ${entry.hint.en}` }
    : { de: '', en: '' }
  return {
    de: `${place.de}${frontmatter.de}${written.de}.${hint.de}`,
    en: `${place.en}${frontmatter.en}${written.en}.${hint.en}`,
  }
}
