import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'
import type { FactSource } from '../mapping/factValues'
import { keptValueOf } from '../mapping/factValues'
import { closedFactKeys, optionValuesOf } from '../mapping/facts'

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
        message: message('field.unknown-value', {
          field,
          value,
          options: [...optionValuesOf(field)],
        }),
        field,
        value,
      }),
    ]
  })
