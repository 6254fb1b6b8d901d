/**
 * Lookalike hosts: an IDN host that imitates a vendor host once decoded (`getsеssion.org`
 * with a Cyrillic е) or mixes scripts inside one label. The source rule rejects a URL on
 * one (`source.lookalike`). Pure: the admin runs it in the browser too.
 */
import punycode from 'punycode/punycode.js'

import type { UrlParts, VendorEntry } from './vendors'
import { matchVendor } from './vendors'

/**
 * Letters from other scripts that look like Latin ones (a small part of Unicode's
 * confusables list: the ones used in real phishing domains).
 */
const confusables: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  п: 'n',
  т: 't',
  м: 'm',
  г: 'r',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  զ: 'q',
  // Latin look-alikes outside a–z
  ı: 'i',
  ɡ: 'g',
  ɑ: 'a',
  ȷ: 'j',
  ß: 'ss',
}

/** Scripts that must not mix inside one label (Latin with Han or Kana is normal and allowed). */
const exclusiveScripts = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Armenian}/u,
  /\p{Script=Georgian}/u,
  /\p{Script=Cherokee}/u,
]

const isMixedScriptLabel = (label: string): boolean =>
  exclusiveScripts.filter((script) => script.test(label)).length > 1

/** What a host looks like to a reader: accents dropped, confusable letters mapped to Latin. */
const skeletonOf = (unicodeHost: string): string =>
  unicodeHost
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (letter) => confusables[letter] ?? letter)

export type Lookalike = {
  /** The host as a reader sees it (`getsеssion.org` with a Cyrillic е). */
  unicodeHost: string
  /** The vendor entry it imitates, if any. */
  imitates: VendorEntry | null
  isMixedScript: boolean
}

/**
 * The host as people read it: each `xn--` label decoded (RFC 3492), '' when one is not
 * valid punycode. The punycode package rather than `node:url`, so that the rule also runs
 * in the admin's browser bundle.
 */
const unicodeOf = (host: string): string => {
  try {
    return punycode.toUnicode(host)
  } catch {
    return ''
  }
}

/**
 * Flags a host that is not a vendor host but looks like one once decoded from
 * punycode (`xn--getssion-…` → `getsеssion.org`), or that mixes scripts inside one
 * label. Plain ASCII hosts are never lookalikes here: an ASCII typo domain is simply
 * not a vendor domain. Call it only for hosts that did not match a vendor entry.
 */
export const lookalikeOf = (args: {
  parts: UrlParts
  vendors: readonly VendorEntry[]
}): Lookalike | null => {
  const unicodeHost = unicodeOf(args.parts.host)
  if (unicodeHost === '' || unicodeHost === args.parts.host) return null
  const isMixedScript = unicodeHost.split('.').some(isMixedScriptLabel)
  const skeleton = skeletonOf(unicodeHost)
  const imitates = matchVendor({ parts: { ...args.parts, host: skeleton }, vendors: args.vendors })
  if (!imitates && !isMixedScript) return null
  return { unicodeHost, imitates, isMixedScript }
}
