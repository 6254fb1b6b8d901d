/** Ids per `in` query: well below SQLite's limit of bound parameters, and still few round trips. */
export const idBatchSize = 500

/** `items` cut into runs of at most `size`, in order. */
export const inBatches = <T>(items: T[], size = idBatchSize): T[][] => {
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size))
  }
  return batches
}
