import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import type { RunningServer } from '../helpers/startServer'
import type { TestEnv } from '../helpers/testEnv'
import type { Actor, Transport } from '../helpers/transport'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { startServer } from '../helpers/startServer'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { approveAs, localTransport, restTransport } from '../helpers/transport'
import { createUsers, testPassword } from '../helpers/users'

const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'publisher', 'admin']
const emailOf = (role: Exclude<Actor, 'anonymous'>) => `${role}@example.test`

/** Providers the read actions look at, made once per transport by the editor (and approved by the reviewer). */
type Shared = { published: string; inReview: string }

type Action = {
  name: string
  /** Roles that may; every other role is refused (an error, or nothing found). */
  allowed: Actor[]
  run: (args: { transport: Transport; as: Actor; shared: Shared }) => Promise<boolean>
}

let slugCount = 0
const freshSlug = () => `access-${++slugCount}-${Date.now()}`

/** A new provider with one vendor source, made by the editor; submitted when asked. */
const makeProvider = async ({
  transport,
  isSubmitted,
}: {
  transport: Transport
  isSubmitted: boolean
}): Promise<string> => {
  const created = await transport.create({
    as: 'editor',
    collection: 'providers',
    data: sessionProviderData({ slug: freshSlug(), citations: [{ url: vendorSourceUrl }] }),
  })
  const id = created.id!
  if (isSubmitted) {
    await transport.update({
      as: 'editor',
      collection: 'providers',
      id,
      data: { reviewState: 'in_review' },
    })
  }
  return id
}

const staff: Actor[] = ['editor', 'reviewer', 'publisher', 'admin']

const actions: Action[] = [
  {
    name: 'read the published provider',
    allowed: actors,
    run: async ({ transport, as, shared }) =>
      (await transport.find({ as, collection: 'providers', field: 'id', equals: shared.published }))
        .count === 1,
  },
  {
    name: 'list drafts (draft=true)',
    allowed: staff,
    run: async ({ transport, as, shared }) =>
      (
        await transport.find({
          as,
          collection: 'providers',
          field: 'id',
          equals: shared.inReview,
          draft: true,
        })
      ).count === 1,
  },
  {
    name: 'read a draft by id',
    allowed: staff,
    run: async ({ transport, as, shared }) =>
      (await transport.findByID({ as, collection: 'providers', id: shared.inReview, draft: true }))
        .isOk,
  },
  {
    name: 'read the version history',
    allowed: staff,
    run: async ({ transport, as, shared }) =>
      (await transport.findVersions({ as, parent: shared.inReview })).count > 0,
  },
  {
    name: 'read the source registry',
    allowed: staff,
    run: async ({ transport, as }) =>
      (await transport.find({ as, collection: 'sources', field: 'url', equals: vendorSourceUrl }))
        .count > 0,
  },
  {
    name: 'add to the source registry by hand',
    allowed: [],
    run: async ({ transport, as }) =>
      (
        await transport.create({
          as,
          collection: 'sources',
          data: { url: 'https://getsession.org/by-hand' },
        })
      ).isOk,
  },
  {
    name: 'read the review log',
    allowed: staff,
    run: async ({ transport, as, shared }) =>
      (
        await transport.find({
          as,
          collection: 'reviews',
          field: 'provider',
          equals: shared.inReview,
        })
      ).count > 0,
  },
  {
    name: 'create a provider',
    allowed: ['editor', 'admin'],
    run: async ({ transport, as }) =>
      (
        await transport.create({
          as,
          collection: 'providers',
          data: sessionProviderData({ slug: freshSlug() }),
        })
      ).isOk,
  },
  {
    name: 'edit a provider',
    allowed: ['editor', 'admin'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: false })
      const data = { description: `edited by ${as}` }
      return (await transport.update({ as, collection: 'providers', id, data })).isOk
    },
  },
  {
    name: 'add a citation',
    allowed: ['editor', 'admin'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: false })
      const data = {
        citations: [{ url: vendorSourceUrl }, { url: 'https://getsession.org/blog' }],
      }
      return (await transport.update({ as, collection: 'providers', id, data })).isOk
    },
  },
  {
    name: 'submit for review',
    allowed: ['editor', 'admin'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: false })
      const data = { reviewState: 'in_review' }
      return (await transport.update({ as, collection: 'providers', id, data })).isOk
    },
  },
  {
    name: 'approve',
    allowed: ['reviewer'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: true })
      return (await approveAs({ transport, as, id })).isOk
    },
  },
  {
    name: 'request changes',
    allowed: ['reviewer'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: true })
      const data = { reviewState: 'changes_requested', reviewComment: 'Cite the vendor FAQ.' }
      return (await transport.update({ as, collection: 'providers', id, data })).isOk
    },
  },
  {
    name: 'publish without approval',
    allowed: [],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: false })
      const data = { _status: 'published' }
      return (await transport.update({ as, collection: 'providers', id, data })).isOk
    },
  },
  {
    name: 'write the review log directly',
    allowed: [],
    run: async ({ transport, as, shared }) =>
      (
        await transport.create({
          as,
          collection: 'reviews',
          data: {
            provider: shared.inReview,
            outcome: 'approved',
            reviewedAt: new Date().toISOString(),
          },
        })
      ).isOk,
  },
  {
    name: 'delete a provider',
    allowed: ['admin'],
    run: async ({ transport, as }) => {
      const id = await makeProvider({ transport, isSubmitted: false })
      return (await transport.remove({ as, collection: 'providers', id })).isOk
    },
  },
]

const cases = actions.flatMap((action) =>
  actors.map((as) => ({ action, as, isAllowed: action.allowed.includes(as) })),
)

const prepareShared = async (transport: Transport): Promise<Shared> => {
  const published = await makeProvider({ transport, isSubmitted: true })
  await approveAs({ transport, as: 'reviewer', id: published })
  return { published, inReview: await makeProvider({ transport, isSubmitted: true }) }
}

const describeTable = (getContext: () => { transport: Transport; shared: Shared }) => {
  it.each(cases)('$as: $action.name → allowed $isAllowed', async ({ action, as, isAllowed }) => {
    const { transport, shared } = getContext()
    expect(await action.run({ transport, as, shared })).toBe(isAllowed)
  })
}

describe('access per role over the Local API (overrideAccess: false)', () => {
  let payload: Payload
  let testEnv: TestEnv
  let context: { transport: Transport; shared: Shared }

  beforeAll(async () => {
    ;({ payload, testEnv } = await openTestPayload('access-local'))
    const roles = ['editor', 'reviewer', 'publisher', 'admin'] as const
    const users = {} as Record<(typeof roles)[number], User>
    for (const role of roles) {
      users[role] = await payload.create({
        collection: 'users',
        data: { email: emailOf(role), roles: [role], language: 'de', password: testPassword },
      })
    }
    const transport = localTransport({ payload, users })
    context = { transport, shared: await prepareShared(transport) }
  })

  afterAll(async () => {
    await closeTestPayload({ payload, testEnv })
  })

  describeTable(() => context)
})

describe('access per role over REST (the same table)', () => {
  let server: RunningServer
  let context: { transport: Transport; shared: Shared }

  beforeAll(async () => {
    server = await startServer({ name: 'access-rest' })
    const roles = ['editor', 'reviewer', 'publisher'] as const
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: roles.map((role) => ({ email: emailOf(role), roles: [role] })),
    })
    const transport = restTransport({
      baseUrl: server.url,
      clients: {
        editor: clients[emailOf('editor')]!,
        reviewer: clients[emailOf('reviewer')]!,
        publisher: clients[emailOf('publisher')]!,
        admin: clients['admin@example.test']!,
      },
    })
    context = { transport, shared: await prepareShared(transport) }
  })

  afterAll(async () => {
    await server?.stop()
  })

  describeTable(() => context)
})
