import type { Field } from 'payload'

/** Body sections of the page. Filled in by the markdown model. */
export const sectionFields: Field[] = [
  {
    name: 'sections',
    type: 'json',
    label: { de: 'Abschnitte', en: 'Sections' },
  },
]
