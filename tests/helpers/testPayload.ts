import type { Payload } from 'payload'

import type { TestEnv } from './testEnv'
import { useTestEnv } from './testEnv'

/** Opens Payload through the real config on a database of this test file's own. */
export const openTestPayload = async (
  name: string,
): Promise<{ payload: Payload; testEnv: TestEnv }> => {
  const testEnv = useTestEnv(name)
  const { openPayload } = await import('../../src/db/openPayload')
  const payload = await openPayload()
  return { payload, testEnv }
}

export const closeTestPayload = async ({
  payload,
  testEnv,
}: {
  payload: Payload
  testEnv: TestEnv
}) => {
  await payload.destroy()
  testEnv.cleanup()
}
