import type { Field } from 'payload'

/** The provider a source, audit or review belongs to (deleted with it, see deleteProviderRelations). */
export const providerField: Field = {
  name: 'provider',
  type: 'relationship',
  relationTo: 'providers',
  required: true,
  index: true,
  label: { de: 'Anbieter', en: 'Provider' },
}
