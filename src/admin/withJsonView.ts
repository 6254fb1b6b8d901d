import type { CollectionConfig, Field } from 'payload'

const jsonView = '/src/admin/JsonView#JsonView'

const withViewOn = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'json') {
      return {
        ...field,
        admin: { ...field.admin, components: { ...field.admin?.components, Field: jsonView } },
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withViewOn(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withViewOn(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withViewOn(block.fields) })),
      }
    }
    return field
  })

/** Shows every JSON field of `collection` as indented text (`JsonView`), never in Monaco. */
export const withJsonView = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withViewOn(collection.fields),
})
