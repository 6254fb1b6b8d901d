/**
 * The extraction worker (started by `createExtractor`, through extractorWorker.mjs):
 * extracts each document it is sent, one at a time, and answers with its extraction.
 * While it works it watches its own ArrayBuffer memory, where pdf.js keeps the streams it
 * inflates, and says once that grew past the budget; the extractor then stops it.
 */
import { parentPort } from 'node:worker_threads'

import type { ExtractorAnswer, ExtractorRequest } from './extractor'
import { extractText } from './extractText'

const port = parentPort
if (!port) throw new Error('extractorWorker.ts runs in the worker thread of createExtractor')

const answer = (message: ExtractorAnswer) => port.postMessage(message)

port.on('message', async ({ input }: ExtractorRequest) => {
  // A worker's memoryUsage counts its own ArrayBuffers, not the whole process's.
  const before = process.memoryUsage().arrayBuffers
  const bufferCheck = setInterval(() => {
    if (process.memoryUsage().arrayBuffers - before <= input.budget.maxBufferBytes) return
    clearInterval(bufferCheck)
    answer({ kind: 'over-buffer-budget' })
  }, 10)
  try {
    // A Buffer arrives as a Uint8Array.
    const { buffer, byteOffset, byteLength } = input.body
    const body = Buffer.from(buffer, byteOffset, byteLength)
    answer({ kind: 'done', extraction: await extractText({ ...input, body }) })
  } catch (error) {
    answer({ kind: 'bug', error: error as Error })
  } finally {
    clearInterval(bufferCheck)
  }
})

answer({ kind: 'ready' })
