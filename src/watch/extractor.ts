import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { Message } from '../i18n/messages'
import { message } from '../i18n/messages'
import type { Extraction, ExtractionInput, ExtractText } from './extractText'
import { extractionBudget } from './limits'
import type { ExtractionBudget } from './limits'

/** What the extractor sends its worker (extractorWorker.ts): one document. */
export type ExtractorRequest = { input: ExtractionInput & { budget: ExtractionBudget } }

/**
 * What the worker says: that it is ready (once, when started), and for a document its
 * extraction, that its ArrayBuffers grew past the budget, or a bug.
 */
export type ExtractorAnswer =
  | { kind: 'ready' }
  | { kind: 'done'; extraction: Extraction }
  | { kind: 'over-buffer-budget' }
  | { kind: 'bug'; error: Error }

export type Extractor = {
  /** `extractText` in the worker, one document at a time, within the budget. */
  extract: ExtractText
  /** Waits for the document in hand and stops the worker. */
  close: () => Promise<void>
}

/**
 * The worker's entry, next to this file; looked up on first use, like pdf.js's fonts (the
 * admin's bundle, which never extracts a document, has no such file).
 */
const workerEntry = () =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'extractorWorker.mjs')

const tooComplex = (reason: Message): Extraction => ({
  outcome: 'failed',
  code: 'too-complex',
  message: reason,
})

/**
 * Extracts text in a worker thread of its own, so that no document can stall the watch
 * or take its memory: the worker's heap is limited (`maxHeapMb`), it says when its
 * ArrayBuffers grew past `maxBufferBytes` (a PDF that inflates too much), and a document
 * not done within `timeoutMs` stops it. Each of these is a `too-complex` extraction; the
 * worker is stopped and started anew for the next document. Meanwhile the watch's own
 * thread goes on fetching. A worker that fails otherwise is a bug, and thrown.
 */
export const createExtractor = ({
  budget = extractionBudget,
}: { budget?: ExtractionBudget } = {}): Extractor => {
  let worker: Worker | null = null
  let isBusy = false
  /** What failed an idle worker (a bug): thrown at the next document, not in an event handler. */
  let idleFailure: Error | null = null
  // Documents queue here: the worker takes one at a time, so its memory is that one's.
  let queue: Promise<unknown> = Promise.resolve()

  const stop = async (stopped: Worker) => {
    if (worker === stopped) worker = null
    await stopped.terminate()
  }

  /** The worker, started when first needed: its start does not count towards a document's time. */
  const started = async (): Promise<Worker> => {
    const failure = idleFailure
    idleFailure = null
    if (failure) throw failure
    if (worker) return worker
    const fresh = new Worker(workerEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: budget.maxHeapMb },
    })
    try {
      const [answer] = (await once(fresh, 'message')) as [ExtractorAnswer]
      if (answer.kind !== 'ready')
        throw new Error(`the extraction worker began with ${answer.kind}`)
    } catch (error) {
      await fresh.terminate()
      throw error
    }
    fresh.on('error', (error) => {
      if (isBusy) return
      idleFailure = error
      if (worker === fresh) worker = null
    })
    fresh.once('exit', () => {
      if (worker === fresh) worker = null
    })
    worker = fresh
    return fresh
  }

  const extractOne = async (input: ExtractionInput) => {
    const current = await started()
    return new Promise<Extraction>((resolve, reject) => {
      const settle = ({ isStopping }: { isStopping: boolean }) => {
        isBusy = false
        clearTimeout(timeout)
        current.off('message', onAnswer).off('error', onError).off('exit', onExit)
        // An idle worker does not keep the process alive.
        current.unref()
        if (isStopping) return stop(current)
      }
      const refuse = async (reason: Message) => {
        await settle({ isStopping: true })
        resolve(tooComplex(reason))
      }
      const fail = async (error: Error) => {
        await settle({ isStopping: true })
        reject(error)
      }
      const onAnswer = async (answer: ExtractorAnswer) => {
        if (answer.kind === 'done') {
          await settle({ isStopping: false })
          return resolve(answer.extraction)
        }
        if (answer.kind === 'over-buffer-budget') {
          return refuse(message('watch.inflated', { maxMb: budget.maxBufferBytes / 2 ** 20 }))
        }
        return fail(answer.kind === 'bug' ? answer.error : new Error('a second ready'))
      }
      const onError = (error: Error & { code?: string }) =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refuse(message('watch.out-of-memory', { maxMb: budget.maxHeapMb }))
          : fail(error)
      const onExit = (code: number) => fail(new Error(`the extraction worker exited (${code})`))
      const timeout = setTimeout(
        () => void refuse(message('watch.too-slow', { seconds: budget.timeoutMs / 1000 })),
        budget.timeoutMs,
      )
      isBusy = true
      current.on('message', onAnswer).on('error', onError).on('exit', onExit)
      current.ref()
      const request: ExtractorRequest = { input: { ...input, budget } }
      current.postMessage(request)
    })
  }

  const extract: ExtractText = (input) => {
    const extraction = queue.then(() => extractOne(input))
    // The next document waits for this one whatever its outcome; the caller gets the outcome.
    queue = extraction.then(
      () => undefined,
      () => undefined,
    )
    return extraction
  }

  const close = async () => {
    await queue
    if (worker) await stop(worker)
  }

  return { extract, close }
}
