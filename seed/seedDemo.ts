import type { Payload } from 'payload'

/** Placeholder replaced by the importer-backed seed. */
export const seedDemoIfEmpty = async (_payload: Payload): Promise<string[] | null> => null
