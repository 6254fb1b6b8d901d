// Preloaded with `node --import` (e.g. in NODE_OPTIONS): appends the URL of every module
// the process loads, one a line, to the file RECORD_LOADED_MODULES names, so a test can
// tell what a command imported. The same file is the hooks module it registers.
import { appendFileSync } from 'node:fs'
import { register } from 'node:module'
import { env } from 'node:process'
import { isMainThread } from 'node:worker_threads'

if (isMainThread) register(import.meta.url, { data: env.RECORD_LOADED_MODULES })

let recordFile

export const initialize = (file) => {
  recordFile = file
}

export const load = async (url, context, nextLoad) => {
  appendFileSync(recordFile, `${url}\n`)
  return nextLoad(url, context)
}
