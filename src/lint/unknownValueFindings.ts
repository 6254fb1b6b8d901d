import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import type { FactSource } from '../mapping/factValues'
import { keptValueOf } from '../mapping/factValues'
import { closedFactKeys, optionValuesOf } from '../mapping/facts'

/** The finding's text, German and English, in one place (the message catalogue may take it over). */
export const unknownValueMessage = ({
  field,
  value,
  options,
}: {
  field: string
  value: string
  options: readonly string[]
}): { de: string; en: string } => ({
  de: `Das Feld ${field} hat von der importierten Seite den Wert „${value}“, der keiner der Werte ${options.join(', ')} ist. Er bleibt erhalten und wird so exportiert, bis du einen der Werte wählst.`,
  en: `The field ${field} has the value "${value}" from the imported page, which is none of its values ${options.join(', ')}. It is kept and exported as it is until you pick one of the values.`,
})

/**
 * `field.unknown-value` for each closed-set fact that holds a page's value outside its
 * set (kept as it stood, no option chosen yet).
 */
export const unknownValueFindings = (provider: FactSource): Finding[] =>
  closedFactKeys.flatMap((field) => {
    const value = keptValueOf({ provider, key: field })
    if (value === null) return []
    return [
      makeFinding({
        code: 'field.unknown-value',
        message: unknownValueMessage({ field, value, options: optionValuesOf(field) }).en,
        field,
        value,
      }),
    ]
  })
