/**
 * A page's fact values ⇄ the provider's fields, both directions, pure. A closed-set fact
 * (a select) stores a page's value when it is exactly one of the site's values; any
 * other value is kept as it stood in `keptFactValues` (the select stays empty), so
 * export writes the page's bytes back until an editor picks an option, and lint says
 * so (`field.unknown-value`). Nothing is lowercased or trimmed: "Yes" is not "yes".
 */
import type { ClosedFactKey, FactKey, OptionOf } from './facts'
import { closedFactKeys, factKeys, optionValuesOf } from './facts'

/** Page values of closed-set facts that are none of their options, as they stood. */
type KeptFactValues = { [key in ClosedFactKey]?: string | null }

/** The provider's fact fields and kept values, as stored (or as in a form). */
export type FactSource = { readonly [key in FactKey]?: string | null } & {
  readonly keptFactValues?: KeptFactValues | null
}

/** The fact fields as stored: a closed-set fact holds one of its options or nothing. */
type StoredFactFields = {
  [key in FactKey]: key extends ClosedFactKey ? OptionOf<key> | null : string
}

type StoredFactValue = { value: string | null; kept: string | null }

/** One closed-set fact's page value as stored: the option, or no option and the value kept. */
export const storedFactValue = ({
  key,
  value,
}: {
  key: ClosedFactKey
  value: string
}): StoredFactValue => {
  if (value === '') return { value: null, kept: null }
  return optionValuesOf(key).includes(value) ? { value, kept: null } : { value: null, kept: value }
}

const isClosed = (key: FactKey): key is ClosedFactKey =>
  (closedFactKeys as readonly string[]).includes(key)

/**
 * A page's facts as the provider stores them: text facts as they are, closed-set facts
 * as their option (or empty), and every closed-set fact's kept value (`null` where
 * none, so a re-import clears what an earlier import kept).
 */
export const storedFacts = (
  values: Readonly<Record<FactKey, string>>,
): { facts: StoredFactFields; keptFactValues: Record<ClosedFactKey, string | null> } => {
  const facts: Partial<Record<FactKey, string | null>> = {}
  const keptFactValues = {} as Record<ClosedFactKey, string | null>
  for (const key of factKeys) {
    if (!isClosed(key)) {
      facts[key] = values[key] ?? ''
      continue
    }
    const stored = storedFactValue({ key, value: values[key] ?? '' })
    facts[key] = stored.value
    keptFactValues[key] = stored.kept
  }
  // Every fact is set; a closed-set one only to one of its options (`storedFactValue`).
  return { facts: facts as StoredFactFields, keptFactValues }
}

/** The kept page value of a closed-set fact while no option is chosen, else `null`. */
export const keptValueOf = ({
  provider,
  key,
}: {
  provider: FactSource
  key: ClosedFactKey
}): string | null => {
  if (provider[key]) return null
  return provider.keptFactValues?.[key] || null
}

/** A fact as the page prints it: the field's value (the chosen option), else the kept page value, else ''. */
export const pageFactValue = ({ provider, key }: { provider: FactSource; key: FactKey }): string =>
  provider[key] || (isClosed(key) ? keptValueOf({ provider, key }) : null) || ''

/** Every fact as the page prints it. */
export const pageFactsOf = (provider: FactSource): Record<FactKey, string> =>
  Object.fromEntries(factKeys.map((key) => [key, pageFactValue({ provider, key })])) as Record<
    FactKey,
    string
  >

/**
 * The kept values that still count: a fact whose option is chosen drops its kept
 * value (the editor replaced the page's value). For the save hook.
 */
export const liveKeptValues = ({
  kept,
  facts,
}: {
  kept: KeptFactValues | null | undefined
  facts: FactSource
}): Record<ClosedFactKey, string | null> =>
  Object.fromEntries(
    closedFactKeys.map((key) => [key, facts[key] ? null : kept?.[key] || null]),
  ) as Record<ClosedFactKey, string | null>
