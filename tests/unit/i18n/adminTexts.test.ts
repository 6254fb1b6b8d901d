import { describe, expect, expectTypeOf, it } from 'vitest'

import { errorCodes, warningCodes } from '../../../src/findings/finding'
import type { AdminTexts } from '../../../src/i18n/admin/adminTexts'
import { adminTexts } from '../../../src/i18n/admin/adminTexts'
import { de } from '../../../src/i18n/admin/de'
import { en } from '../../../src/i18n/admin/en'
import { payloadTranslations } from '../../../src/i18n/admin/payloadTranslations'

/** The path ("evidence.nowTitle") of every text function in the catalogue, nested sections too. */
type FunctionPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends (...args: never[]) => string
    ? `${Prefix}${K}`
    : T[K] extends object
      ? FunctionPaths<T[K], `${Prefix}${K}.`>
      : never
}[keyof T & string]

/** The parameters of the text function at `Path`. */
type ParamsAt<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ParamsAt<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path] extends (...args: infer Params) => string
      ? Params
      : never
    : never

/**
 * Arguments for every text function: typed against `AdminTexts`, so a function added to
 * the catalogue without a sample here, or taking other parameters, does not compile.
 */
const samples: { [P in FunctionPaths<AdminTexts>]: ReadonlyArray<ParamsAt<AdminTexts, P>> } = {
  diffSkipped: [[1], [3]],
  diffTitle: [['https://vendor-one.example/privacy']],
  snapshotAgainst: [['01.12.2026, 11:00']],
  daysLeft: [[1], [40]],
  dueIn: [[1], [3]],
  overdue: [[1], [125]],
  findingsErrors: [[1], [2]],
  findingsWarnings: [[1], [2]],
  stalenessLine: [
    ['noch 40 Tage', '2026-12-20', 180],
    ['nie geprüft', null, 180],
  ],
  refused: [[403]],
  recheckStale: [['2026-12-20'], [null]],
  recheckSource: [['https://vendor-one.example/privacy']],
  recheckComment: [
    [{ isStale: true, changedSources: ['https://vendor-one.example/privacy'] }],
    [{ isStale: false, changedSources: [] }],
  ],
  commentBy: [
    ['Rita', '01.12.2026'],
    [null, '01.12.2026'],
  ],
  changesSinceApproval: [[1], [4]],
  changedBy: [[['Edda', 'Eric']]],
  blockedByErrors: [[1], [2]],
  openWarnings: [[1], [2]],
  approveWithWarnings: [[['Profil veraltet']], [['first', 'second']]],
  versionsPage: [[2, 7]],
  'evidence.nowTitle': [['01.12.2026, 11:00'], [null]],
  'evidence.notCited': [['https://elsewhere.example/']],
  'evidence.pickerTextOf': [['01.12.2026, 11:00']],
  'evidence.searchHits': [[1], [5]],
  'evidence.coverage': [[3, 12]],
  'evidence.snapshotPassages': [[1], [4]],
  'evidence.snapshotPassageTitle': [['Session', 'Telefon erforderlich']],
  'publish.intro': [['/srv/site']],
  'publish.upToDate': [[1], [53]],
  'publish.changeSummary': [
    [1, 1],
    [3, 50],
  ],
  'publish.awaitingTitle': [[1], [2]],
  'publish.errorCount': [[1], [2]],
  'publish.warningCount': [[1], [2]],
  'publish.gainedErrors': [[1], [2]],
  'publish.running': [['läuft']],
}

/**
 * Texts that read the same in both languages: a word both share, a dash for "none",
 * and a title made of its parameters only.
 */
const sameInBothLanguages = [
  'filterLabel',
  'reviewTitle',
  'evidence.snapshotPassageTitle',
  'publish.none',
  'publish.statusLabel',
]

type Leaf = { path: string; value: unknown }

/** Every text of a catalogue by its path, nested sections walked. */
const leavesOf = (value: object, prefix = ''): Leaf[] =>
  Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leavesOf(child, `${prefix}${key}.`)
      : [{ path: `${prefix}${key}`, value: child }],
  )

const textAt = (catalogue: AdminTexts, path: string): unknown =>
  leavesOf(catalogue).find((leaf) => leaf.path === path)?.value

/** A text as it reads: a string as it is, a function with each of its samples. */
const renderingsOf = (catalogue: AdminTexts, path: string): string[] => {
  const text = textAt(catalogue, path)
  if (typeof text !== 'function') return [String(text)]
  const argsList = samples[path as keyof typeof samples] as ReadonlyArray<readonly unknown[]>
  return argsList.map((args) => text(...args))
}

const paths = leavesOf(de).map((leaf) => leaf.path)
const functionPaths = leavesOf(de)
  .filter((leaf) => typeof leaf.value === 'function')
  .map((leaf) => leaf.path)

describe('the admin texts', () => {
  it('type the English texts by the German ones', () => {
    expectTypeOf(en).toEqualTypeOf<AdminTexts>()
  })

  it('have exactly the same keys in German and English', () => {
    expect(
      leavesOf(en)
        .map((leaf) => leaf.path)
        .sort(),
    ).toEqual([...paths].sort())
  })

  it.each(functionPaths)('take as many parameters for %s in German and English', (path) => {
    expect((textAt(en, path) as () => string).length).toBe(
      (textAt(de, path) as () => string).length,
    )
  })

  it('have samples for exactly the text functions', () => {
    expect(Object.keys(samples).sort()).toEqual([...functionPaths].sort())
  })

  it.each(paths.filter((path) => !sameInBothLanguages.includes(path)))(
    'say %s differently in German and English',
    (path) => {
      const german = renderingsOf(de, path)
      renderingsOf(en, path).forEach((english, index) => expect(english).not.toBe(german[index]))
    },
  )

  it.each(sameInBothLanguages)('say %s alike in German and English', (path) => {
    expect(renderingsOf(en, path)).toEqual(renderingsOf(de, path))
  })

  it.each(paths)('write %s without an empty or undefined part', (path) => {
    for (const catalogue of [de, en]) {
      for (const text of renderingsOf(catalogue, path)) {
        expect(text.trim()).not.toBe('')
        expect(text).not.toMatch(/undefined|null|NaN|\[object/)
      }
    }
  })

  it('name every finding code', () => {
    const codes = [...errorCodes, ...warningCodes].sort()
    expect(Object.keys(de.findingLabels).sort()).toEqual(codes)
    expect(Object.keys(en.findingLabels).sort()).toEqual(codes)
  })
})

describe('adminTexts', () => {
  it.each([
    { language: 'en', is: en },
    { language: 'de', is: de },
    { language: 'fr', is: de },
    { language: undefined, is: de },
  ])('answers the $language admin with its texts, German for anything else', ({ language, is }) => {
    expect(adminTexts(language)).toBe(is)
  })
})

describe("Payload's own texts, overridden", () => {
  it('override the same keys in German and English, each worded in its language', () => {
    const german = leavesOf(payloadTranslations.de)
    const english = leavesOf(payloadTranslations.en)
    expect(english.map((leaf) => leaf.path)).toEqual(german.map((leaf) => leaf.path))
    expect(payloadTranslations.en.error.emailOrPasswordIncorrect).not.toBe(
      payloadTranslations.de.error.emailOrPasswordIncorrect,
    )
  })

  it('answer a wrong password and a locked account alike, naming the lock in minutes', () => {
    for (const { error } of [payloadTranslations.de, payloadTranslations.en]) {
      expect(error.userLocked).toBe(error.emailOrPasswordIncorrect)
      expect(error.userLocked).toMatch(/\b10 minut/i)
    }
  })
})
