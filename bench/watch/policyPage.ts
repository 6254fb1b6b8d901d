/**
 * The documents of the watch bench's stand-in hosts: policy-like HTML pages of 20–60 KB,
 * made deterministically from the host and document number. Like a vendor's real
 * privacy policy or terms page, most of the text is in `main`, surrounded by what the
 * watch must ignore: a head with inline styles and scripts, a navigation with dozens of
 * links, a cookie banner, a footer, analytics and JSON blobs at the end of the body.
 */

/** A small seeded PRNG (mulberry32): the same page for the same host and document. */
const randomOf = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32
  }
}

const words = (
  'personal data processing controller processor purpose legal basis consent legitimate ' +
  'interest retention period account email address device identifier log files server ' +
  'encryption end-to-end metadata third parties service providers subprocessors transfer ' +
  'outside the European Economic Area standard contractual clauses request access ' +
  'rectification erasure restriction portability objection supervisory authority complaint ' +
  'cookies analytics crash reports payment information billing subscription support ticket ' +
  'we you your our the a an of to and or in on for with by from may will must not only ' +
  'when where which that this these those such as including without limitation applicable law'
).split(' ')

const headings = [
  'Scope of this policy',
  'What data we collect',
  'How we use your data',
  'Legal bases for processing',
  'Sharing with third parties',
  'International transfers',
  'How long we keep data',
  'Security measures',
  'Your rights',
  'Cookies and similar technologies',
  'Children',
  'Changes to this policy',
  'Law enforcement requests',
  'Contact and data protection officer',
]

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T

const sentence = (random: () => number): string => {
  const length = 8 + Math.floor(random() * 18)
  const text = Array.from({ length }, () => pick(random, words)).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

const paragraph = (random: () => number): string =>
  Array.from({ length: 3 + Math.floor(random() * 5) }, () => sentence(random)).join(' ')

/** Minified-looking script: noise the text extraction drops. */
const scriptNoise = (random: () => number, bytes: number): string => {
  const parts: string[] = []
  for (let size = 0; size < bytes;) {
    const name = `_${Math.floor(random() * 1e6).toString(36)}`
    const part = `function ${name}(e,t){var n=e||{};return n.${pick(random, words).replace(/-/g, '_')}=t*${Math.floor(random() * 997)},n}`
    parts.push(part)
    size += part.length
  }
  return parts.join(';')
}

const navigation = (host: string, random: () => number): string => {
  const links = Array.from(
    { length: 40 },
    (_, index) =>
      `<li><a href="https://${host}/section-${index}">${pick(random, headings)}</a></li>`,
  )
  return `<nav class="site-nav" aria-label="Main"><ul>${links.join('')}</ul></nav>`
}

/** Every `touchedEvery`-th document's revision also edits words inside its sentences. */
export const touchedEvery = 5

/**
 * The policy text of revision `version` (0: as first served). A revision changes the
 * date and adds a paragraph at the top, leaving every sentence of the text before it as
 * it was; in every `touchedEvery`-th document it also replaces the word "consent", so
 * that quotes of the sentences holding it are edited.
 */
const revised = ({ main, doc, version }: { main: string; doc: number; version: number }) => {
  if (version === 0) return main
  const note = `<p class="policy-text">Revision ${version} of this document adds this note.</p>`
  const dated = main.replace(
    /Last updated: [^<]*<\/p>/,
    (line) => `${line.replace('Last updated', `Last updated (revision ${version})`)}${note}`,
  )
  return doc % touchedEvery === 0 ? dated.replace(/\bconsent\b/g, 'agreement') : dated
}

/**
 * The `doc`-th document of `host`: a whole HTML page of 20–60 KB, of which 45–60 % is the
 * policy in `main` and the rest markup, styles and scripts (real pages carry more). With
 * `version`, that revision of it (`revised`); the markup around the text stays the same.
 */
export const policyPage = ({
  host,
  hostIndex,
  doc,
  version = 0,
}: {
  host: string
  hostIndex: number
  doc: number
  version?: number
}) => {
  const random = randomOf(hostIndex * 1000 + doc + 1)
  const targetBytes = 20_000 + Math.floor(random() * 40_000)
  const mainBytes = Math.floor(targetBytes * (0.45 + random() * 0.15))
  const kind = pick(random, [
    'Privacy Policy',
    'Terms of Service',
    'Transparency Report',
    'Security Whitepaper',
    'FAQ',
  ])
  const title = `${kind} ${doc + 1}`
  const sections: string[] = []
  for (let index = 0, size = 0; size < mainBytes; index += 1) {
    const paragraphs = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => `<p class="policy-text">${paragraph(random)}</p>`,
    )
    const section = `<section id="s${index}" class="policy-section"><h2>${index + 1}. ${pick(random, headings)}</h2>${paragraphs.join('\n')}</section>`
    sections.push(section)
    size += section.length
  }
  const updated = `2026-0${1 + (doc % 9)}-1${doc % 10}`
  const original = `<main><article><h1>${title}</h1><p class="updated">Last updated: ${updated}</p>${sections.join('\n')}</article></main>`
  const main = revised({ main: original, doc, version })
  const head = (script: string) =>
    [
      '<!doctype html><html lang="en"><head><meta charset="utf-8">',
      `<title>${title} — ${host}</title>`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<style>${'.site-nav a{color:#123;padding:4px}.cookie{position:fixed;bottom:0}'.repeat(20)}</style>`,
      `<script>${script}</script>`,
      '</head><body>',
      `<header><a class="logo" href="https://${host}/">${host}</a>${navigation(host, random)}</header>`,
      '<div class="cookie" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept all</button><button>Settings</button></div>',
    ].join('\n')
  const tail = (script: string) =>
    [
      `<footer><p>© 2026 ${host}. All rights reserved.</p><ul><li><a href="/imprint">Imprint</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>`,
      `<script type="application/json" id="__state">${JSON.stringify({ build: `${hostIndex}-${doc}`, flags: Array.from({ length: 50 }, (_, index) => index) })}</script>`,
      `<script>${script}</script>`,
      '</body></html>',
    ].join('\n')
  // Sized by the first version: a revision's scripts are the same bytes.
  const frame = head('').length + tail('').length + original.length
  const noise = Math.max(2000, targetBytes - frame)
  return `${head(scriptNoise(random, noise / 2))}\n${main}\n${tail(scriptNoise(random, noise / 2))}`
}
