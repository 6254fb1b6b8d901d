import type { FieldAccess } from 'payload'

import { isImport } from '../workflow/context'

/**
 * Fields only the hooks and the importer write (`updated`, `editedBy`): a person's
 * value is dropped, the importer sets `req.context.isImport` to keep the page's value.
 */
export const isImportContext: FieldAccess = ({ req }) => isImport(req.context)
