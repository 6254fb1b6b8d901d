import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import type { RestClient } from './rest'
import { restClient } from './rest'

/** Who acts: a role name (`anonymous` for no login). */
export type Actor = 'anonymous' | 'editor' | 'reviewer' | 'publisher' | 'admin'

/** What came back: whether the call succeeded, how many documents, the id of a created one. */
export type Outcome = {
  isOk: boolean
  count: number
  id?: string
  status: number
  doc?: Record<string, any>
}

type Collection = 'providers' | 'sources' | 'reviews' | 'users'

/** The same calls over the Local API (always `overrideAccess: false`) or REST. */
export type Transport = {
  find: (args: {
    as: Actor
    collection: Collection
    field: string
    equals: string
    draft?: boolean
  }) => Promise<Outcome>
  findByID: (args: {
    as: Actor
    collection: Collection
    id: string
    draft?: boolean
  }) => Promise<Outcome>
  findVersions: (args: { as: Actor; parent: string }) => Promise<Outcome>
  create: (args: {
    as: Actor
    collection: Collection
    data: Record<string, unknown>
  }) => Promise<Outcome>
  update: (args: {
    as: Actor
    collection: Collection
    id: string
    data: Record<string, unknown>
  }) => Promise<Outcome>
  remove: (args: { as: Actor; collection: Collection; id: string }) => Promise<Outcome>
}

/** Payload's refusals carry an HTTP status below 500; anything else is a bug and is rethrown. */
const refusalOf = (err: unknown): Outcome => {
  const status = (err as { status?: unknown })?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { isOk: false, count: 0, status }
  }
  throw err
}

const settle = async (run: () => Promise<unknown>): Promise<Outcome> => {
  try {
    const result = (await run()) as { docs?: unknown[]; id?: string }
    const count = Array.isArray(result.docs) ? result.docs.length : 1
    return { isOk: true, count, id: result.id, status: 200, doc: result }
  } catch (err) {
    return refusalOf(err)
  }
}

export const localTransport = ({
  payload,
  users,
}: {
  payload: Payload
  users: Record<Exclude<Actor, 'anonymous'>, User>
}): Transport => {
  const as = (actor: Actor) => ({
    user: actor === 'anonymous' ? undefined : users[actor],
    overrideAccess: false as const,
    depth: 0,
  })
  return {
    find: ({ as: actor, collection, field, equals, draft }) =>
      settle(() =>
        payload.find({ collection, where: { [field]: { equals } }, draft, ...as(actor) }),
      ),
    findByID: ({ as: actor, collection, id, draft }) =>
      settle(() => payload.findByID({ collection, id, draft, ...as(actor) })),
    findVersions: ({ as: actor, parent }) =>
      settle(() =>
        payload.findVersions({
          collection: 'providers',
          where: { parent: { equals: parent } },
          ...as(actor),
        }),
      ),
    create: ({ as: actor, collection, data }) =>
      settle(() => payload.create({ collection, data: data as never, ...as(actor) })),
    update: ({ as: actor, collection, id, data }) =>
      settle(() => payload.update({ collection, id, data: data as never, ...as(actor) })),
    remove: ({ as: actor, collection, id }) =>
      settle(() => payload.delete({ collection, id, ...as(actor) })),
  }
}

const restOutcome = (response: { status: number; body: any }): Outcome => {
  if (response.status >= 500) {
    throw new Error(`server error ${response.status}: ${JSON.stringify(response.body)}`)
  }
  const isOk = response.status >= 200 && response.status < 300
  const body = response.body ?? {}
  const count = !isOk ? 0 : Array.isArray(body.docs) ? body.docs.length : 1
  return {
    isOk,
    count,
    id: body.doc?.id ?? body.id,
    status: response.status,
    doc: isOk ? (body.doc ?? body) : undefined,
  }
}

export const restTransport = ({
  baseUrl,
  clients,
}: {
  baseUrl: string
  clients: Record<Exclude<Actor, 'anonymous'>, RestClient>
}): Transport => {
  const client = (actor: Actor): RestClient =>
    actor === 'anonymous' ? restClient(baseUrl) : clients[actor]
  const call = async (actor: Actor, method: string, path: string, body?: unknown) =>
    restOutcome(await client(actor).request(method, path, body))
  const draftParam = (draft?: boolean) => (draft ? '&draft=true' : '')
  return {
    find: ({ as: actor, collection, field, equals, draft }) =>
      call(
        actor,
        'GET',
        `/api/${collection}?where[${field}][equals]=${equals}${draftParam(draft)}`,
      ),
    findByID: ({ as: actor, collection, id, draft }) =>
      call(actor, 'GET', `/api/${collection}/${id}?depth=0${draftParam(draft)}`),
    findVersions: ({ as: actor, parent }) =>
      call(actor, 'GET', `/api/providers/versions?where[parent][equals]=${parent}`),
    create: ({ as: actor, collection, data }) => call(actor, 'POST', `/api/${collection}`, data),
    update: ({ as: actor, collection, id, data }) =>
      call(actor, 'PATCH', `/api/${collection}/${id}`, data),
    remove: ({ as: actor, collection, id }) => call(actor, 'DELETE', `/api/${collection}/${id}`),
  }
}

/**
 * An approval as the admin's "Freigeben" sends it: the draft's `updatedAt` as an editor
 * loads it becomes `approvedRevision`.
 */
export const approveAs = async ({
  transport,
  as,
  id,
  data = {},
}: {
  transport: Transport
  as: Actor
  id: string
  data?: Record<string, unknown>
}): Promise<Outcome> => {
  const draft = await transport.findByID({ as: 'editor', collection: 'providers', id, draft: true })
  const approvedRevision = draft.doc?.updatedAt as string | undefined
  return transport.update({
    as,
    collection: 'providers',
    id,
    data: { reviewState: 'approved', approvedRevision, ...data },
  })
}
