import type { Payload } from 'payload'

/**
 * Marks the target's queued or running export records as failed. Call it only while
 * holding the site's lock: a record can only be active while its run holds that lock,
 * so any active record seen then belongs to a run whose process ended. System write.
 */
export const failInterruptedExports = async ({
  payload,
  target,
}: {
  payload: Payload
  target: string
}): Promise<void> => {
  await payload.update({
    collection: 'exports',
    where: { and: [{ target: { equals: target } }, { status: { in: ['queued', 'running'] } }] },
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      errors: [
        {
          code: 'export.interrupted',
          message:
            'This export stopped without finishing (the process running it ended). Nothing of it is committed; run the export again.',
        },
      ],
    },
  })
}
