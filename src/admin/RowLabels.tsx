'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import type { Language } from '../i18n/messages'
import type { Text } from '../mapping/facts'
import { languageFrom } from '../i18n/messages'
import { datasheetFacts, labelOfKey } from '../mapping/facts'

/**
 * The titles of the array rows in the provider form: the row's own label or title after
 * its number ("Quelle 3: Signal Privacy Policy"), else the array's singular label and the
 * number, as Payload would print it. The singular comes from the field's `labels`
 * (`clientProps`), so the form and the title say the same word.
 */
type Props = { singular: Text }

type Row = Record<string, unknown>

const maxLength = 80

/** The first line of the first non-empty text among `keys`, shortened. */
const firstText = (row: Row, keys: readonly string[]): string => {
  for (const key of keys) {
    const value = row[key]
    if (typeof value !== 'string' || value.trim() === '') continue
    const line = value.trim().split('\n')[0]!.trim()
    return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line
  }
  return ''
}

const RowTitle = ({
  singular,
  title,
}: Props & { title: (row: Row, language: Language) => string }) => {
  const { data, rowNumber } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  const text = title(data ?? {}, language)
  return (
    <span>
      {text ? `${singular[language]} ${number}: ${text}` : `${singular[language]} ${number}`}
    </span>
  )
}

const datasheetLabel = new Map<string, string>(
  datasheetFacts.map((fact) => [fact.field, fact.label]),
)

/** A Datenblatt row: its own label, else the label the row prints for its field. */
export const DatasheetRowLabel = ({ singular }: Props) => (
  <RowTitle
    singular={singular}
    title={(row, language) =>
      firstText(row, ['label']) ||
      (typeof row.fact === 'string'
        ? ((language === 'de' ? datasheetLabel.get(row.fact) : labelOfKey(row.fact)?.en) ??
          row.fact)
        : '')
    }
  />
)

/** A legal link: its own label, else its field's label. */
export const LegalLinkRowLabel = ({ singular }: Props) => (
  <RowTitle
    singular={singular}
    title={(row, language) =>
      firstText(row, ['label']) ||
      (typeof row.field === 'string' ? (labelOfKey(row.field)?.[language] ?? row.field) : '')
    }
  />
)

/** A citation: its title, else its URL. */
export const CitationRowLabel = ({ singular }: Props) => (
  <RowTitle singular={singular} title={(row) => firstText(row, ['title', 'url', 'rawLine'])} />
)

/** An audit: its title, else the report's URL. */
export const AuditRowLabel = ({ singular }: Props) => (
  <RowTitle singular={singular} title={(row) => firstText(row, ['title', 'reportUrl'])} />
)

/** An item of a text list (features, alternatives): its text. */
export const TextItemRowLabel = ({ singular }: Props) => (
  <RowTitle singular={singular} title={(row) => firstText(row, ['text'])} />
)

/** An evidence entry: its claim. */
export const EvidenceRowLabel = ({ singular }: Props) => (
  <RowTitle singular={singular} title={(row) => firstText(row, ['claim'])} />
)
