import type { CollectionConfig } from 'payload'

import { checkFieldValues } from './checkFieldValues'
import { checkWhere } from './checkWhere'

/**
 * Every collection's input checks, run before its own hooks: the `where` of a query
 * against the field types (`checkWhere`), the values of a write against the field
 * types and text rules (`checkFieldValues`). Bad input is a 400 naming the field,
 * wherever it comes from (admin, REST, GraphQL, the importer).
 */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkWhere, ...(collection.hooks?.beforeOperation ?? [])],
    beforeValidate: [checkFieldValues, ...(collection.hooks?.beforeValidate ?? [])],
  },
})
