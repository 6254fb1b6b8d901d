import type { Field } from 'payload'
import { flattenTopLevelFields } from 'payload'
import { describe, expect, it } from 'vitest'

import { Providers } from '../../../collections/Providers'
import {
  derivedEntryKeysByList,
  providerFieldTable,
  unprintedSelect,
} from '../../../collections/fields/providerFieldRoles'

type DataField = { name: string; type: string; virtual?: unknown; fields?: Field[] }

/** The data fields of a config, rows and tabs flattened (no `ui` fields). */
const dataFieldsOf = (fields: Field[]): DataField[] =>
  flattenTopLevelFields(fields) as unknown as DataField[]

/** The top-level fields of the real collection config. */
const configFields = dataFieldsOf(Providers.fields)
const configNames = configFields.map((field) => field.name)

/** What Payload adds to the config it is given: ids, timestamps, the draft status. */
const payloadsOwn = ['id', 'createdAt', 'updatedAt', 'deletedAt', '_status']

const tableNames = providerFieldTable.map((row) => row.name)

describe('providerFieldTable', () => {
  it('gives every top-level field of the providers collection a role', () => {
    expect(configNames.filter((name) => !tableNames.includes(name))).toEqual([])
  })

  it('names each field once', () => {
    expect(tableNames.filter((name, index) => tableNames.indexOf(name) !== index)).toEqual([])
  })

  it('names no field the collection lacks beyond those Payload adds', () => {
    expect(tableNames.filter((name) => !configNames.includes(name)).sort()).toEqual(
      [...payloadsOwn].sort(),
    )
  })

  it('marks exactly the virtual fields of the collection as virtual', () => {
    const virtual = configFields
      .filter((field) => field.virtual === true)
      .map((field) => field.name)
    expect(providerFieldTable.filter((row) => row.isVirtual).map((row) => row.name)).toEqual(
      virtual,
    )
  })

  it.each([...derivedEntryKeysByList])(
    'finds the derived keys of %s in its entries',
    (list, keys) => {
      const field = configFields.find((candidate) => candidate.name === list)
      const innerNames = dataFieldsOf(field?.fields ?? []).map((entry) => entry.name)
      expect([...keys].filter((key) => !innerNames.includes(key))).toEqual([])
    },
  )
})

describe('unprintedSelect', () => {
  it('leaves out the workflow fields the page does not print, the review-only content and the rule verdicts', () => {
    const sourceRule = { verdict: false, verdictReason: false, findings: false, source: false }
    expect(unprintedSelect).toEqual({
      reviewState: false,
      reviewComment: false,
      reviewer: false,
      reviewIntervalDays: false,
      editedBy: false,
      lastEditor: false,
      vendorDomains: false,
      evidence: false,
      citations: sourceRule,
      audits: sourceRule,
    })
  })
})
