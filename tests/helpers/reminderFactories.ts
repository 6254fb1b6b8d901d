import type { Payload } from 'payload'

import type { Provider, User } from '../../src/payload-types'

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
