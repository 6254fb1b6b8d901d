import { frontmatterTable } from '../../src/mapping/facts'

/**
 * The one table of what each provider field is for: its role, whether the page prints it,
 * and the keys inside its entries that the hooks derive. The review's workflow fields and
 * what counts as an edit (`src/workflow/review.ts`), the four-eyes comparison, the lint's
 * skipped fields and the source rule's keys (`src/lint/lintProvider.ts`), what export
 * leaves unread (`src/export/published.ts`) and what the findings panel takes from the
 * form (`src/findings/providerFindingsEndpoint.ts`) all derive from it; nothing else
 * spells a list of provider field names out.
 *
 * It lives beside the field definitions (not in `src/mapping/`) because it describes the
 * collection's fields, the workflow's and Payload's own as much as the page's: whoever
 * adds a field here sees it, and `tests/unit/collections/providerFieldRoles.test.ts` fails
 * until the new field has its row. Pure data: it imports only the facts table, which
 * names the fact fields (so they are not spelled twice).
 */

/**
 * `content` — what an editor writes for the page (facts, sections, sources);
 * `workflow` — about the review, not the page: changing it is no edit;
 * `derived` — written by the hooks on every save (the source rule's verdicts, the anchors): never an edit;
 * `system` — Payload's own (ids, timestamps);
 * `import-only` — page parts only the importer writes, exported as they came.
 */
export type ProviderFieldRole = 'content' | 'workflow' | 'derived' | 'system' | 'import-only'

export type ProviderFieldRow = {
  name: string
  role: ProviderFieldRole
  /** The published page shows it (as itself or through what it decides): export reads it. */
  isPrinted: boolean
  /** Only sent with a save, never stored (a `virtual` field). */
  isVirtual?: true
  /** Keys in each entry of this list that the hooks write: role `derived`, never printed. */
  derivedEntryKeys?: readonly string[]
}

const content = (name: string, isPrinted = true): ProviderFieldRow => ({
  name,
  role: 'content',
  isPrinted,
})

/** What the source rule writes into each citation and audit entry (`judgeCitations`). */
const sourceRuleKeys = ['verdict', 'verdictReason', 'findings', 'source'] as const

/** Every top-level field of a provider, each once. */
export const providerFieldTable: readonly ProviderFieldRow[] = [
  // The page's own fields: name, category, website and every fact (src/mapping/facts.ts).
  ...frontmatterTable
    .filter((entry) => entry.holder === 'provider' || entry.holder === 'fact')
    .map((entry) => content(entry.key)),
  content('slug'),
  // The body sections (collections/fields/sectionFields.ts).
  ...[
    'fitFor',
    'lessFitFor',
    'mainTradeoff',
    'quickActions',
    'decisionGuide',
    'datasheet',
    'legalLinks',
    'dataNotesText',
    'privacyFacts',
    'telemetry',
    'securityPoints',
    'setup',
    'features',
    'alternatives',
    'openPoints',
  ].map((name) => content(name)),
  { ...content('audits'), derivedEntryKeys: sourceRuleKeys },
  { ...content('citations'), derivedEntryKeys: sourceRuleKeys },
  // The claims' evidence and the extra vendor domains serve the review, not the page.
  { ...content('evidence', false), derivedEntryKeys: ['anchor'] },
  content('vendorDomains', false),
  content('pageMeta'),
  { name: 'pageExtras', role: 'import-only', isPrinted: true },
  { name: 'keptFactValues', role: 'import-only', isPrinted: true },
  { name: 'reviewState', role: 'workflow', isPrinted: false },
  { name: 'reviewComment', role: 'workflow', isPrinted: false },
  { name: 'reviewer', role: 'workflow', isPrinted: false },
  { name: 'reviewIntervalDays', role: 'workflow', isPrinted: false },
  // The frontmatter's `updated`: set by the review, printed on the page.
  { name: 'updated', role: 'workflow', isPrinted: true },
  { name: 'editedBy', role: 'workflow', isPrinted: false },
  { name: 'lastEditor', role: 'workflow', isPrinted: false },
  // Payload's draft status (collection `versions.drafts`), which approval sets; the page's `status` follows it.
  { name: '_status', role: 'workflow', isPrinted: true },
  // Sent with an approval: the `updatedAt` of the draft the reviewer loaded.
  { name: 'approvedRevision', role: 'workflow', isPrinted: false, isVirtual: true },
  { name: 'id', role: 'system', isPrinted: false },
  { name: 'createdAt', role: 'system', isPrinted: false },
  { name: 'updatedAt', role: 'system', isPrinted: false },
  { name: 'deletedAt', role: 'system', isPrinted: false },
]

const namesWhere = (test: (row: ProviderFieldRow) => boolean): ReadonlySet<string> =>
  new Set(providerFieldTable.filter(test).map((row) => row.name))

/** The fields of one role. */
export const fieldsWithRole = (...roles: readonly ProviderFieldRole[]): ReadonlySet<string> =>
  namesWhere((row) => roles.includes(row.role))

/** The hook-written keys in the entries of each list that has them (`citations` → its verdict …). */
export const derivedEntryKeysByList: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  providerFieldTable.flatMap((row) =>
    row.derivedEntryKeys ? [[row.name, new Set(row.derivedEntryKeys)] as const] : [],
  ),
)

/**
 * What a stored published revision holds that its page does not print, as a `select`
 * that leaves it out: whole fields, and the derived keys of the lists the page prints.
 * Payload's own fields are not listed (the adapter reads its ids anyway).
 */
type Unprinted = false | Readonly<Record<string, false>>

export const unprintedSelect: Readonly<Record<string, Unprinted>> = Object.fromEntries(
  providerFieldTable.flatMap((row): [string, Unprinted][] => {
    if (row.role === 'system' || row.isVirtual) return []
    if (!row.isPrinted) return [[row.name, false]]
    return row.derivedEntryKeys
      ? [[row.name, Object.fromEntries(row.derivedEntryKeys.map((key) => [key, false]))]]
      : []
  }),
)
