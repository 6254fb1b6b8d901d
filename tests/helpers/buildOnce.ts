import { ensureBuild } from '../../src/build'

/** Vitest global setup: tests that start the server need the admin build. */
export default async function setup(): Promise<void> {
  await ensureBuild()
}
