import type { Field, FieldHook } from 'payload'

import type { FactGroup, FactKey, Text } from '../../src/mapping/facts'
import { closedFactKeys, factOf, factsIn, whereShown } from '../../src/mapping/facts'
import type { FactSource } from '../../src/mapping/factValues'
import { liveKeptValues } from '../../src/mapping/factValues'
import { isImportContext } from '../../src/access'

/**
 * The page's frontmatter facts (`src/mapping/facts.ts`), one field each, named exactly
 * like the frontmatter key. Text facts stay strings as on the page ("180"); a closed
 * set is a select of the site's exact values. Each says where it appears on the page.
 */
export const factField = (key: FactKey): Field => {
  const fact = factOf(key)
  const common = {
    name: key,
    label: fact.label,
    admin: { description: whereShown(key) },
  }
  switch (fact.kind.type) {
    case 'select':
      return {
        ...common,
        type: 'select',
        options: fact.kind.options.map((option) => ({ value: option.value, label: option.label })),
      }
    case 'textarea':
      return { ...common, type: 'textarea' }
    default:
      return { ...common, type: 'text' }
  }
}

/** A page value outside its set stops counting once an editor picks an option. */
const dropReplacedKeptValues: FieldHook = ({ value, siblingData }) =>
  liveKeptValues({ kept: value, facts: siblingData as FactSource })

/**
 * Page values of closed-set facts that are none of the site's values, kept as they
 * stood by the importer (only it writes them) and exported until an option is chosen.
 */
const keptFactValuesField: Field = {
  name: 'keptFactValues',
  type: 'group',
  label: { de: 'Werte der Seite außerhalb der Auswahl', en: 'Page values outside the options' },
  access: { create: isImportContext, update: isImportContext },
  hooks: { beforeChange: [dropReplacedKeptValues] },
  admin: {
    description: {
      de: 'Beim Import stand hier ein Wert, den die Auswahl nicht kennt. Er wird unverändert exportiert, bis du im Feld darüber eine Option wählst.',
      en: 'The imported page had a value here the options do not know. It is exported unchanged until you pick an option in the field above.',
    },
    condition: (data) =>
      closedFactKeys.some((key) => Boolean((data as FactSource).keptFactValues?.[key])),
  },
  fields: closedFactKeys.map((key): Field => ({
    name: key,
    type: 'text',
    label: factOf(key).label,
    admin: {
      readOnly: true,
      condition: (_, siblingData) => Boolean((siblingData as Record<string, unknown>)[key]),
    },
  })),
}

const groupLabels: Record<Exclude<FactGroup, 'head'>, Text> = {
  datasheet: { de: 'Datenblatt (Tabelle)', en: 'Data sheet (table)' },
  legal: { de: 'Rechtliches (Anbieterlinks)', en: 'Legal (vendor links)' },
  dataNotes: { de: 'Daten-Notizen (kurz)', en: 'Data notes (short)' },
  frontmatter: { de: 'Nur im Frontmatter', en: 'Frontmatter only' },
}

/** The facts tab: the facts grouped and ordered as the page shows them. */
export const frontmatterFields: Field[] = [
  keptFactValuesField,
  ...(Object.keys(groupLabels) as (keyof typeof groupLabels)[]).map((group): Field => ({
    type: 'collapsible',
    label: groupLabels[group],
    fields: factsIn(group).map(factField),
  })),
]
