import { copyFileSync, existsSync, rmSync } from 'node:fs'

const suffixes = ['', '-wal'] as const

/** Removes a SQLite file with its WAL and shared-memory files. */
export const removeDb = (file: string): void => {
  for (const suffix of [...suffixes, '-shm']) rmSync(file + suffix, { force: true })
}

/** Copies a closed SQLite file with its WAL (a bench child exits without checkpointing). */
export const copyDb = ({ from, to }: { from: string; to: string }): void => {
  removeDb(to)
  for (const suffix of suffixes) {
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix)
  }
}
