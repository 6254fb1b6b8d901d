import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import type { Provider, SourceChange, User } from '../../src/payload-types'
import { changeExcerpt, diffText } from '../../src/watch/diffText'

/**
 * Small factories for the reminder tests: real documents through the Local API (system work, no person),
 * with partial overrides. Providers are saved as approved, published profiles, as after a review.
 */

export type ProviderOverrides = Partial<
  Pick<Provider, 'name' | 'slug' | 'category' | 'updated' | 'reviewIntervalDays' | 'reviewer'>
>

export const createTestProvider = async (args: {
  payload: Payload
  overrides?: ProviderOverrides
}): Promise<Provider> => {
  const { payload, overrides = {} } = args
  const name = overrides.name ?? 'Session'
  return payload.create({
    collection: 'providers',
    data: {
      name,
      slug: overrides.slug ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      category: 'Messenger',
      website: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.org`,
      reviewState: 'approved',
      _status: 'published',
      updated: '2026-01-21T00:00:00.000Z',
      ...overrides,
    },
  })
}

export type UserOverrides = Partial<Pick<User, 'email' | 'name' | 'roles' | 'language'>>

export const createTestUser = async (args: {
  payload: Payload
  overrides?: UserOverrides
}): Promise<User> => {
  const { payload, overrides = {} } = args
  return payload.create({
    collection: 'users',
    data: {
      email: 'rita@example.test',
      name: 'Rita',
      roles: ['reviewer'],
      language: 'de',
      password: 'test-password-1',
      ...overrides,
    },
  })
}

export type SourceChangeOverrides = Partial<
  Pick<SourceChange, 'url' | 'detectedAt' | 'clearedAt'>
> & { before?: string; after?: string }

/**
 * What the source watch writes when a cited document changed: the document in the registry (found or
 * created), a snapshot of the text the profile's approval saw and one of the new text, and the open
 * change for `provider`. System writes, as the watch's: the collections refuse them to people.
 */
export const createTestSourceChange = async (args: {
  payload: Payload
  provider: Pick<Provider, 'id'>
  overrides?: SourceChangeOverrides
}): Promise<SourceChange> => {
  const { payload, provider, overrides = {} } = args
  const {
    url = 'https://session.example.org/privacy',
    before = 'Wir speichern keine IP-Adressen.',
    after = 'Wir speichern IP-Adressen 7 Tage.',
    detectedAt = '2026-11-22T05:00:00.000Z',
    clearedAt,
  } = overrides
  const registered = await payload.find({
    collection: 'sources',
    where: { url: { equals: url } },
    depth: 0,
    limit: 1,
  })
  const source =
    registered.docs[0] ?? (await payload.create({ collection: 'sources', data: { url } }))
  const snapshotOf = (text: string, fetchedAt: string) =>
    payload.create({
      collection: 'snapshots',
      data: {
        source: source.id,
        fetchedAt,
        httpStatus: 200,
        finalUrl: url,
        textHash: createHash('sha256').update(text).digest('hex'),
        text,
      },
    })
  const from = await snapshotOf(before, '2026-01-20T05:00:00.000Z')
  const to = await snapshotOf(after, detectedAt)
  return payload.create({
    collection: 'sourceChanges',
    data: {
      provider: provider.id,
      source: source.id,
      url,
      fromSnapshot: from.id,
      toSnapshot: to.id,
      excerpt: changeExcerpt({ diff: diffText({ before, after }) }),
      detectedAt,
      // Left unset while open, as the watch writes it.
      ...(clearedAt ? { clearedAt } : {}),
    },
  })
}
