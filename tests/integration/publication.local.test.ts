import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import type { TestEnv } from '../helpers/testEnv'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createLocalUser } from '../helpers/users'

/** The publication promise over the Local API on behalf of a person (overrideAccess: false). */
let payload: Payload
let testEnv: TestEnv
let editor: User
let reviewer: User
let slugCount = 0

const as = (user: User) => ({ user, overrideAccess: false as const, depth: 0 })

const statusOf = async (promise: Promise<unknown>): Promise<number> =>
  promise.then(
    () => 200,
    (err: { status?: number }) => err.status ?? 500,
  )

const inReview = async () => {
  const created = await payload.create({
    collection: 'providers',
    data: sessionProviderData({
      slug: `local-${++slugCount}`,
      citations: [{ url: vendorSourceUrl }],
    }),
    draft: true,
    ...as(editor),
  })
  return payload.update({
    collection: 'providers',
    id: created.id,
    data: { reviewState: 'in_review' },
    ...as(editor),
  })
}

const approve = (id: string, approvedRevision?: string) =>
  payload.update({
    collection: 'providers',
    id,
    data: { reviewState: 'approved', approvedRevision } as never,
    ...as(reviewer),
  })

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('publication-local'))
  editor = await createLocalUser({ payload, email: 'edda@example.test', roles: ['editor'] })
  reviewer = await createLocalUser({ payload, email: 'rita@example.test', roles: ['reviewer'] })
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('the publication promise over the Local API on behalf of a person', () => {
  it('refuses an approval without approvedRevision (400) and with an outdated one (409)', async () => {
    const submitted = await inReview()
    expect(await statusOf(approve(submitted.id))).toBe(400)
    expect(await statusOf(approve(submitted.id, '2020-01-01T00:00:00.000Z'))).toBe(409)
    const approved = await approve(submitted.id, submitted.updatedAt)
    expect(approved).toMatchObject({ _status: 'published', reviewState: 'approved' })
  })

  it('refuses a restore, which the Local API cannot make a draft', async () => {
    const submitted = await inReview()
    const { docs } = await payload.findVersions({
      collection: 'providers',
      where: { parent: { equals: submitted.id } },
      ...as(editor),
    })
    expect(
      await statusOf(
        payload.restoreVersion({ collection: 'providers', id: docs[0]!.id, ...as(editor) }),
      ),
    ).toBe(400)
  })

  it('refuses _status: published on an update and on a create', async () => {
    const submitted = await inReview()
    const publish = payload.update({
      collection: 'providers',
      id: submitted.id,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect(await statusOf(publish)).toBe(403)
    const create = payload.create({
      collection: 'providers',
      data: {
        ...sessionProviderData({ slug: `local-${++slugCount}` }),
        _status: 'published',
      } as never,
      ...as(editor),
    })
    expect(await statusOf(create)).toBe(403)
  })

  it('duplicates a published provider as a draft', async () => {
    const submitted = await inReview()
    await approve(submitted.id, submitted.updatedAt)
    const copy = await payload.duplicate({
      collection: 'providers',
      id: submitted.id,
      data: { slug: `local-copy-${++slugCount}` },
      ...as(editor),
    })
    expect(copy).toMatchObject({ _status: 'draft', reviewState: 'draft' })
  })
})
