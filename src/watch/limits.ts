/** The most the watch reads of one document (5 MB): its text is never longer. */
export const maxDocumentBytes = 5 * 1024 * 1024

/**
 * What extracting the text of one document may cost, beyond its 5 MB. The watch extracts
 * in a worker thread of its own (`createExtractor`), which is stopped past the time or
 * memory budget; the depth and page caps refuse early with a clear reason. A document
 * over budget is `failed` with `too-complex` (docs/source-watch.md).
 */
export type ExtractionBudget = {
  /**
   * How many elements the HTML parser may hold open, one inside the other. parse5's work
   * grows with the square of it; Chromium's parser stops nesting at 512 too.
   */
  maxHtmlDepth: number
  /** Pages of a PDF; more are refused before any page is read. */
  maxPdfPages: number
  /** Wall time for one document. */
  timeoutMs: number
  /** The worker's JavaScript heap (the parsed page, strings): V8's old generation. */
  maxHeapMb: number
  /**
   * How much the worker's ArrayBuffer memory may grow for one document: where pdf.js keeps
   * the streams it inflates (a PDF bomb), which the heap limit does not count.
   */
  maxBufferBytes: number
}

export const extractionBudget: ExtractionBudget = {
  maxHtmlDepth: 512,
  maxPdfPages: 1000,
  timeoutMs: 20_000,
  maxHeapMb: 512,
  maxBufferBytes: 128 * 1024 * 1024,
}
