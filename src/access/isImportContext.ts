import type { FieldAccess } from 'payload'

/**
 * Fields only the hooks and the importer write (`updated`, `editedBy`): a person's
 * value is dropped, the importer sets `req.context.isImport` to keep the page's value.
 */
export const isImportContext: FieldAccess = ({ req }) => Boolean(req.context.isImport)
