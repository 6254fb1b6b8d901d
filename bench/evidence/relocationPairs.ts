/**
 * Re-locating a changed document's anchors against extracting its text, on real version
 * pairs: the recorded privacy-policy versions of tests/fixtures/ota (Open Terms Archive;
 * see its README), each rendered as HTML with micromark as the integration tests serve
 * them. For every consecutive pair of a service, `quotesPerDocument` sentences spread over
 * the approved text (`spreadSentences`) are anchored in it (`anchorQuote`), and the two
 * costs of the watch's check of the newer version are timed in this thread: `extractText`
 * of its page, and `relocate` of every anchor in its text. The approved text is the older
 * version's, unless that one is under a quarter of the one before it: the watch holds
 * such a text back (an error page), so the anchors stay those of the text before it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { micromark } from 'micromark'

import { anchorQuote, relocate } from '../../src/evidence/anchor'
import { extractText } from '../../src/watch/extractText'
import { median } from '../median'
import { spreadSentences } from './spreadSentences'

const historiesDir = path.resolve(import.meta.dirname, '../../tests/fixtures/ota')
/** The watch's own rule for a suspect text (`suspectShare` in src/watch/recorder.ts). */
const suspectShare = 0.25
/** Each sample repeats its work for at least this long, so that short work is measurable. */
const sampleMs = 5

export type Relocating = {
  anchors: number
  /** How each anchor came out (`holds`, `edited`, `vanished`). */
  states: string[]
  relocateMs: number
}

export type PairTiming = {
  pair: string
  extractMs: number
  spread: Relocating
  /** `null` when every sentence of the approved text is still there verbatim. */
  changed: Relocating | null
}

const extractedText = async (body: Buffer): Promise<string> => {
  const extraction = await extractText({ body, contentType: 'text/html' })
  if (extraction.outcome !== 'ok') throw new Error(`no text: ${extraction.message}`)
  return extraction.text
}

/** The median over `samples` of the time one call of `work` takes. */
const timePerCall = async (work: () => unknown, samples: number): Promise<number> => {
  const perCall: number[] = []
  for (let sample = 0; sample < samples; sample += 1) {
    const startedAt = performance.now()
    let calls = 0
    do {
      await work()
      calls += 1
    } while (performance.now() - startedAt < sampleMs)
    perCall.push((performance.now() - startedAt) / calls)
  }
  return median(perCall)
}

export const timeRelocationPairs = async ({
  quotesPerDocument,
  samples,
}: {
  quotesPerDocument: number
  samples: number
}): Promise<PairTiming[]> => {
  const services = readdirSync(historiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  const timings: PairTiming[] = []
  for (const service of services) {
    const files = readdirSync(path.join(historiesDir, service))
      .filter((file) => file.endsWith('.md'))
      .sort()
    const pages = files.map((file) =>
      Buffer.from(micromark(readFileSync(path.join(historiesDir, service, file), 'utf8'))),
    )
    const texts: string[] = []
    for (const page of pages) texts.push(await extractedText(page))
    let approved = texts[0]!
    for (let index = 1; index < files.length; index += 1) {
      const older = texts[index - 1]!
      if (index === 1 || older.length >= texts[index - 2]!.length * suspectShare) approved = older
      const page = pages[index]!
      const text = texts[index]!
      const approvedText = approved
      const relocating = async (quotes: string[]): Promise<Relocating> => {
        const anchors = quotes.flatMap((quote) => anchorQuote({ text: approvedText, quote }) ?? [])
        const relocateAll = () => anchors.map((anchor) => relocate({ text, anchor }))
        return {
          anchors: anchors.length,
          states: relocateAll().map((relocation) => relocation.state),
          relocateMs: await timePerCall(relocateAll, samples),
        }
      }
      const count = quotesPerDocument
      const changed = spreadSentences({
        text: approvedText,
        count,
        isWanted: (sentence) => !text.includes(sentence),
      })
      timings.push({
        pair: `${service} ${files[index - 1]!.slice(0, 14)} → ${files[index]!.slice(0, 14)}`,
        extractMs: await timePerCall(() => extractedText(page), samples),
        spread: await relocating(spreadSentences({ text: approvedText, count })),
        changed: changed.length > 0 ? await relocating(changed) : null,
      })
    }
  }
  return timings
}
