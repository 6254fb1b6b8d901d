/**
 * Every collection's input checks, run before its own hooks (`withInputChecks`): the
 * `where` of a query against the field types (`checkWhere.ts`), the values of a write
 * against the field types and text rules (`checkFieldValues.ts`, `textRules.ts`). Bad
 * input is a 400 naming the field, in the asker's language, wherever it comes from
 * (admin, REST, GraphQL, the importer).
 */
import type { CollectionConfig } from 'payload'

import type { Message } from '../i18n/messages'
import { checkFieldValues } from './checkFieldValues'
import { checkWhere } from './checkWhere'

/** What is wrong with one field of the input: rendered in the asker's language when refused. */
export type Problem = { path: string; message: Message }

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
