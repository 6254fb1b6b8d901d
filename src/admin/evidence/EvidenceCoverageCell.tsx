import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { datasheetFacts } from '../../mapping/facts'
import { openEvidenceChanges } from '../openSourceChanges'
import { adminTexts } from '../../i18n/admin/adminTexts'
import { coverageCountOf } from '../../evidence/coverage'
import type { FactSource } from '../../mapping/factValues'
import type { Provider } from '../../payload-types'
import { latestRevisionsOf } from '../../workflow/latestRevisions'

/**
 * Each profile's latest revision as the coverage reads it (its Datenblatt facts and its
 * claims), in one read per admin request however many rows the list has. Read through the
 * adapter like the list's filters: only staff reach the admin, and they read every draft.
 */
const coverages = cache(async (payload: Payload) => {
  const docs = await latestRevisionsOf<FactSource & Pick<Provider, 'evidence'> & { id: string }>({
    payload,
    version: {
      evidence: { claim: true },
      keptFactValues: true,
      ...Object.fromEntries(datasheetFacts.map((fact) => [fact.field, true])),
    },
  })
  return new Map(docs.map((doc) => [String(doc.id), coverageCountOf(doc)]))
})

/**
 * List cell of the `evidenceCoverage` column ("Belege"): the Datenblatt facts with
 * evidence of all Datenblatt facts with a value ("2 von 5"), and "Beleg geändert" while a
 * quoted passage of the profile changed since its approval.
 */
export const EvidenceCoverageCell = async ({
  rowData,
  payload,
  i18n,
}: DefaultServerCellComponentProps) => {
  if (!rowData) return null
  const texts = adminTexts(i18n.language).evidence
  const id = String(rowData.id)
  const coverage = (await coverages(payload)).get(id)
  const isChanged = (await openEvidenceChanges(payload)).has(id)
  return (
    <span className="evidence-coverage-cell" title={texts.coverageHint}>
      {coverage ? (
        <span data-evidence-coverage={`${coverage.covered}/${coverage.total}`}>
          {texts.coverage(coverage.covered, coverage.total)}
        </span>
      ) : null}
      {isChanged ? (
        <span
          data-evidence-changed="true"
          style={{
            display: 'block',
            color: 'var(--theme-warning-650, var(--theme-warning-500))',
            fontWeight: 600,
          }}
        >
          {texts.filterChanged}
        </span>
      ) : null}
    </span>
  )
}
