/**
 * Replays real privacy-policy histories (Open Terms Archive's versions, markdown, one
 * file per version) through two rules and prints how often each re-opens the citing
 * profile:
 *
 * - document level (the watch today): every change of the document's text;
 * - claim level (`src/evidence/anchor.ts`): five quoted passages per document; a change
 *   re-opens only when one of them is edited or vanished. A text under a quarter of the
 *   approved one (an error or consent page) is held back until seen twice in a row; a
 *   text that flips back to the approved one clears instead of re-opening.
 *
 * After a re-open the reviewer is taken to act at once: the document's text becomes the
 * approved one, an edited quote is anchored anew at its new passage, a vanished one is
 * replaced by a fresh quote of the new text.
 *
 *   npx tsx scripts/replayEvidence.ts <folder of services> [--json]
 *
 * e.g. `npx tsx scripts/replayEvidence.ts ../shared/ota` (a folder per service).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { micromark } from 'micromark'

import type { Anchor } from '../src/evidence/anchor'
import { anchorQuote, comparable, relocate } from '../src/evidence/anchor'
import { extractText } from '../src/watch/extractText'

const quotesPerDocument = 5

/** What a privacy guide quotes: retention, sharing, identifiers, deletion; English and German. */
const claimWords =
  /\d|delet|retain|retention|store|share|disclos|sell|third|advertis|locat|phone|ip address|law enforcement|broker|controller|löschen|gelöscht|speicher|weitergeb|dritt|werbung|standort|telefonnummer|ip-adresse|behörde|verantwortlich/i

/** The document's text as the watch extracts it from the page (markdown rendered to HTML). */
const textOf = async (markdown: string): Promise<string> => {
  const extraction = await extractText({
    body: Buffer.from(micromark(markdown), 'utf8'),
    contentType: 'text/html',
  })
  return extraction.outcome === 'ok' ? extraction.text : ''
}

/** Up to `count` claim-like sentences, spread over the document, none of them in `taken`. */
const pickQuotes = (text: string, count: number, taken: Set<string>): string[] => {
  const sentences = (text.match(/[^.!?\n]+[.!?]/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 60 && sentence.length <= 260)
    .filter((sentence) => claimWords.test(sentence) && !taken.has(comparable(sentence).text))
    .filter((sentence, index, all) => all.indexOf(sentence) === index)
  if (sentences.length <= count) return sentences
  return Array.from(
    { length: count },
    (_, index) => sentences[Math.floor(((index + 0.5) * sentences.length) / count)]!,
  )
}

type ServiceResult = {
  service: string
  versions: number
  documentLevel: number
  claimLevel: number
  heldBack: number
  flippedBack: number
  untouchedNotes: number
  flagged: { version: string; state: string; before: string; after: string }[]
}

const replayService = async (dir: string): Promise<ServiceResult> => {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
  const texts: string[] = []
  for (const file of files) texts.push(await textOf(readFileSync(path.join(dir, file), 'utf8')))
  const result: ServiceResult = {
    service: path.basename(dir),
    versions: files.length,
    documentLevel: 0,
    claimLevel: 0,
    heldBack: 0,
    flippedBack: 0,
    untouchedNotes: 0,
    flagged: [],
  }
  let approved = texts[0]!
  const anchorsIn = (text: string, quotes: string[]) =>
    quotes.flatMap((quote) => anchorQuote({ text, quote }) ?? [])
  let anchors: Anchor[] = anchorsIn(approved, pickQuotes(approved, quotesPerDocument, new Set()))
  let isSuspectSeen = false
  let seen = approved
  for (let index = 1; index < texts.length; index += 1) {
    const text = texts[index]!
    if (text !== seen) result.documentLevel += 1
    seen = text
    if (text === approved) {
      if (isSuspectSeen) result.flippedBack += 1
      isSuspectSeen = false
      continue
    }
    if (text.length < approved.length / 4 && !isSuspectSeen) {
      isSuspectSeen = true
      result.heldBack += 1
      continue
    }
    isSuspectSeen = false
    const relocations = anchors.map((anchor) => ({
      anchor,
      relocation: relocate({ text, anchor }),
    }))
    const changed = relocations.filter(({ relocation }) => relocation.state !== 'holds')
    if (changed.length === 0) {
      result.untouchedNotes += 1
    } else {
      result.claimLevel += 1
      for (const { anchor, relocation } of changed) {
        result.flagged.push({
          version: files[index]!,
          state: relocation.state,
          before: anchor.exact,
          after:
            relocation.state === 'edited'
              ? relocation.found.exact
              : relocation.state === 'vanished'
                ? (relocation.candidate?.exact ?? '')
                : '',
        })
      }
    }
    // The reviewer acts: the text is approved, every quote anchored anew or replaced.
    const kept = relocations.flatMap(({ relocation }) =>
      relocation.state === 'vanished' ? [] : [relocation.found.exact],
    )
    const taken = new Set(kept.map((quote) => comparable(quote).text))
    const fresh = pickQuotes(text, quotesPerDocument - kept.length, taken)
    approved = text
    anchors = anchorsIn(text, [...kept, ...fresh])
  }
  return result
}

const main = async () => {
  const args = process.argv.slice(2)
  const root = args.find((arg) => !arg.startsWith('--'))
  if (!root) {
    process.stderr.write('usage: npx tsx scripts/replayEvidence.ts <folder of services> [--json]\n')
    process.exit(2)
  }
  const services = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  const results: ServiceResult[] = []
  for (const service of services) {
    process.stderr.write(`${service}…\n`)
    results.push(await replayService(path.join(root, service)))
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    return
  }
  const sum = (
    key:
      'versions' | 'documentLevel' | 'claimLevel' | 'heldBack' | 'flippedBack' | 'untouchedNotes',
  ) => results.reduce((total, result) => total + result[key], 0)
  const rows = results.map(
    (result) =>
      `| ${result.service} | ${result.versions} | ${result.documentLevel} | ${result.claimLevel} | ${result.untouchedNotes} | ${result.heldBack} | ${result.flippedBack} |`,
  )
  process.stdout.write(
    [
      '| service | versions | re-opens, document level | re-opens, claim level | changes with every quote holding | held back as suspect | flipped back |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...rows,
      `| **all** | ${sum('versions')} | **${sum('documentLevel')}** | **${sum('claimLevel')}** | ${sum('untouchedNotes')} | ${sum('heldBack')} | ${sum('flippedBack')} |`,
      '',
      'Quotes flagged (version: state — as approved → as it is now):',
      ...results.flatMap((result) =>
        result.flagged.map(
          (flag) =>
            `- ${result.service} ${flag.version}: ${flag.state} — ${flag.before.slice(0, 90)} → ${flag.after.slice(0, 90) || '(none)'}`,
        ),
      ),
      '',
    ].join('\n'),
  )
}

await main()
