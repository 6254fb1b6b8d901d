// The entry of the extraction worker (`createExtractor` in extractor.ts). A worker thread
// starts without the parent's loaders, so it loads TypeScript through tsx's loader, as
// bin/provider-desk.js does, and then runs the worker itself. pdf.js and cheerio come
// first, through Node's own loader: through tsx's, pdf.js alone costs the worker 350 MB.
// (pdf.worker.mjs sets `globalThis.pdfjsWorker`, which pdf.js then runs in this thread.)
import 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import 'pdfjs-dist/legacy/build/pdf.mjs'
import 'cheerio'
import { register } from 'tsx/esm/api'

register()
await import('./extractorWorker.ts')
