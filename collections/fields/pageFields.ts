import type { Field } from 'payload'

import { isImportContext } from '../../src/access'

/**
 * Page-level values the site keeps in the frontmatter that the template derives
 * (title, url, layout …). Empty means "derived"; a value is kept when the page
 * had a different one, so nothing is lost. `pageExtras` keeps what the model has
 * no field for (unknown frontmatter keys, deviating sections) as it came.
 */
const derived = (name: string, de: string, en: string): Field => ({
  name,
  type: 'text',
  label: { de, en },
  admin: {
    description: {
      de: 'Leer: wird aus der Vorlage gebildet.',
      en: 'Empty: derived by the template.',
    },
  },
})

export const pageFields: Field[] = [
  {
    name: 'pageMeta',
    type: 'group',
    label: { de: 'Seiten-Metadaten', en: 'Page metadata' },
    fields: [
      derived('layout', 'Layout', 'Layout'),
      derived('title', 'Seitentitel', 'Page title'),
      derived('url', 'Seitenpfad', 'Page path'),
      derived('chapter', 'Kapitel', 'Chapter'),
      derived('type', 'Typ', 'Type'),
      derived('format', 'Format', 'Format'),
      derived('provider', 'Feld „provider“', 'Field "provider"'),
      derived('policies', 'Feld „policies“', 'Field "policies"'),
      derived('audits', 'Feld „audits“', 'Field "audits"'),
      derived('features', 'Feld „features“', 'Field "features"'),
      derived('alternatives', 'Feld „alternatives“', 'Field "alternatives"'),
      derived('sources', 'Feld „sources“', 'Field "sources"'),
      derived('status', 'Feld „status“', 'Field "status"'),
    ],
  },
  {
    name: 'pageExtras',
    type: 'json',
    // Verbatim page parts reach the site unjudged by the form: only the importer writes them.
    access: { create: isImportContext, update: isImportContext },
    label: { de: 'Unbekannte Seitenteile', en: 'Unknown page parts' },
    admin: {
      description: {
        de: 'Was die Seite beim Import mehr hatte (unbekannte Frontmatter-Schlüssel, abweichende Abschnitte). Wird beim Export unverändert zurückgeschrieben.',
        en: 'What the page had beyond the model at import (unknown frontmatter keys, deviating sections). Written back unchanged on export.',
      },
    },
  },
]
