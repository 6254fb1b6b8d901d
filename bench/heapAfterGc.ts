import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** The heap still in use after a full collection, in MiB: what the process holds, not its garbage. */
export const heapAfterGcMiB = (): number => {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
  return process.memoryUsage().heapUsed / 2 ** 20
}
