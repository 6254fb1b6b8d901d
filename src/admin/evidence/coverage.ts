import { datasheetFacts, factKeys } from '../../mapping/facts'

/** What the coverage reads of a revision: its Datenblatt facts and its evidence's claims. */
export type CoverageInput = Record<string, unknown> & {
  evidence?: readonly { claim?: string | null }[] | null
}

const folded = (text: string) => text.trim().toLocaleLowerCase('de')

/** The Datenblatt rows that show a fact of the profile (not its name, category or website). */
const datasheetFactRows = datasheetFacts.filter((fact) =>
  (factKeys as readonly string[]).includes(fact.field),
)

/**
 * How much of a revision's Datenblatt rests on quoted passages: of the Datenblatt facts
 * with a value (`total`), those that an evidence entry names as its claim, by the row's
 * label or by the fact's key (`covered`).
 */
export const evidenceCoverageOf = (revision: CoverageInput): { covered: number; total: number } => {
  const claims = new Set((revision.evidence ?? []).map((entry) => folded(entry.claim ?? '')))
  const filled = datasheetFactRows.filter((fact) => {
    const value = revision[fact.field]
    return typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined
  })
  const covered = filled.filter(
    (fact) => claims.has(folded(fact.field)) || claims.has(folded(fact.label)),
  )
  return { covered: covered.length, total: filled.length }
}
