import type { FrontmatterKey } from '../mapping/facts'
import { frontmatterKeys } from '../mapping/facts'
import type { FrontmatterExtra, JsonValue, ProviderPage } from './types'
import { parseYamlMapping, writeYamlEntry } from './frontmatter'
import { PageError } from './errors'

export type FrontmatterModel = Pick<
  ProviderPage,
  'frontmatter' | 'missingFrontmatterKeys' | 'frontmatterExtra' | 'frontmatterSource'
>

const knownKeys: ReadonlySet<string> = new Set(frontmatterKeys)

const isKnownKey = (key: string): key is FrontmatterKey => knownKeys.has(key)

const emptyFrontmatter = (): Record<FrontmatterKey, string> =>
  Object.fromEntries(frontmatterKeys.map((key) => [key, ''])) as Record<FrontmatterKey, string>

/**
 * Reads frontmatter YAML into the model. Known keys with a scalar value become
 * strings; a known key with a list or mapping value is kept as an extra entry so
 * nothing is lost. `frontmatterSource` keeps the YAML when the writer would not
 * reproduce it byte for byte.
 */
export const frontmatterFromYaml = (yaml: string): FrontmatterModel => {
  const frontmatter = emptyFrontmatter()
  const present = new Set<FrontmatterKey>()
  const frontmatterExtra: FrontmatterExtra[] = []
  let after: FrontmatterKey | null = null
  for (const { key, value } of parseYamlMapping(yaml)) {
    if (isKnownKey(key) && (value === null || typeof value !== 'object')) {
      frontmatter[key] = value === null ? '' : String(value)
      present.add(key)
      after = key
    } else {
      frontmatterExtra.push({ key, value, after })
    }
  }
  const model: FrontmatterModel = {
    frontmatter,
    missingFrontmatterKeys: frontmatterKeys.filter((key) => !present.has(key)),
    frontmatterExtra,
    frontmatterSource: null,
  }
  return { ...model, frontmatterSource: writeCanonical(model) === yaml ? null : yaml }
}

const writeCanonical = (model: FrontmatterModel): string => {
  const missing = new Set(model.missingFrontmatterKeys)
  const written = frontmatterKeys.filter((key) => !missing.has(key))
  const writtenSet = new Set<string>(written)
  const extrasAfter = (anchor: FrontmatterKey | null): string =>
    model.frontmatterExtra
      .filter((extra) => extra.after === anchor)
      .map((extra) => writeYamlEntry({ key: extra.key, value: extra.value }))
      .join('')
  const orphans = model.frontmatterExtra
    .filter((extra) => extra.after !== null && !writtenSet.has(extra.after))
    .map((extra) => writeYamlEntry({ key: extra.key, value: extra.value }))
    .join('')
  return (
    extrasAfter(null) +
    written
      .map((key) => writeYamlEntry({ key, value: model.frontmatter[key] ?? '' }) + extrasAfter(key))
      .join('') +
    orphans
  )
}

const comparable = (model: FrontmatterModel): JsonValue =>
  JSON.parse(
    JSON.stringify({
      frontmatter: frontmatterKeys.map((key) => model.frontmatter[key] ?? ''),
      missing: [...model.missingFrontmatterKeys].sort(),
      extra: model.frontmatterExtra.map(({ key, value, after }) => [key, value, after]),
    }),
  ) as JsonValue

const sameModel = ({ a, b }: { a: FrontmatterModel; b: FrontmatterModel }): boolean =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))

/**
 * Writes the frontmatter YAML (without fences): the original text while it still
 * means exactly the stored values, else the canonical site style.
 */
export const yamlFromFrontmatter = (model: FrontmatterModel): string => {
  if (model.frontmatterSource !== null && model.frontmatterSource !== undefined) {
    const fromSource = safeModel(model.frontmatterSource)
    if (fromSource && sameModel({ a: fromSource, b: model })) return model.frontmatterSource
  }
  return writeCanonical(model)
}

const safeModel = (yaml: string): FrontmatterModel | null => {
  try {
    return frontmatterFromYaml(yaml)
  } catch (err) {
    // A stored source that no longer parses is not used; the canonical text is written.
    if (err instanceof PageError) return null
    throw err
  }
}
