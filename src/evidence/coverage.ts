import type { DatasheetField, FactKey } from '../mapping/facts'
import { datasheetFacts, factKeys } from '../mapping/facts'
import type { FactSource } from '../mapping/factValues'
import { pageFactsOf } from '../mapping/factValues'
import type { Provider } from '../payload-types'

/**
 * Evidence coverage: which Datenblatt facts of a revision rest on a quoted passage. An
 * evidence entry supports a fact (a fact field with a Datenblatt row: the provider's own
 * name, category and website state nothing about its practice) when its `claim` is the
 * fact's key (`phone_required`) or its Datenblatt row label („Telefon erforderlich“), case
 * and spacing aside. A fact the page
 * prints empty needs no evidence. Pure; the lint (`claim.unsupported`) and the list's
 * coverage ask it.
 */

/** A fact field with a Datenblatt row (`phone_required`, `logs`, `jurisdiction` …). */
export type DatasheetFact = DatasheetField & FactKey

const isFact = (field: DatasheetField): field is DatasheetFact =>
  (factKeys as readonly string[]).includes(field)

/** A Datenblatt fact and its row's label in the table. */
export type FactRow = { field: DatasheetFact; row: string }

/** The Datenblatt facts, in the template's order. */
const facts: FactRow[] = datasheetFacts.flatMap(({ field, label }) =>
  isFact(field) ? [{ field, row: label }] : [],
)

const comparableClaim = (claim: string): string => claim.replace(/\s+/g, ' ').trim().toLowerCase()

/** The Datenblatt fact a claim names, or `null` when it names none (a sentence, a section). */
export const factOfClaim = (claim: string): DatasheetFact | null => {
  const wanted = comparableClaim(claim)
  const fact = facts.find(
    ({ field, row }) => comparableClaim(field) === wanted || comparableClaim(row) === wanted,
  )
  return fact?.field ?? null
}

export type FactCoverage = {
  /** The Datenblatt facts the page prints a value for, in the template's order. */
  stated: FactRow[]
  /** Those without an evidence entry. */
  unsupported: FactRow[]
}

/** The revision's Datenblatt facts with a value, and those no evidence entry supports. */
export const factCoverageOf = (provider: FactSource & Pick<Provider, 'evidence'>): FactCoverage => {
  const printed = pageFactsOf(provider)
  const stated = facts.filter(({ field }) => printed[field].trim() !== '')
  const supported = new Set(
    (provider.evidence ?? []).flatMap((entry) => factOfClaim(entry.claim ?? '') ?? []),
  )
  return { stated, unsupported: stated.filter(({ field }) => !supported.has(field)) }
}

/** The list's figure: of the Datenblatt facts with a value (`total`), those with evidence. */
export const coverageCountOf = (
  provider: FactSource & Pick<Provider, 'evidence'>,
): { covered: number; total: number } => {
  const { stated, unsupported } = factCoverageOf(provider)
  return { covered: stated.length - unsupported.length, total: stated.length }
}
