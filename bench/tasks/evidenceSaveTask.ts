import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { withCpuProfile } from '../cpuProfile'
import { median } from '../median'
import { quotedEvidence } from '../evidence/quotedEvidence'

const quotesPerDocument = 5

/** `count` evidence entries of the provider's cited documents, `quotesPerDocument` each. */
const evidenceFor = async ({
  payload,
  providerId,
  count,
}: {
  payload: Payload
  providerId: string
  count: number
}) => {
  const provider = await payload.findByID({
    collection: 'providers',
    id: providerId,
    depth: 0,
    select: { citations: { url: true } },
  })
  const evidence = await quotedEvidence({
    payload,
    urls: (provider.citations ?? []).map((citation) => citation.url),
    quotesPerDocument,
    limit: count,
  })
  if (evidence.length < count) throw new Error(`only ${evidence.length} quotes for ${providerId}`)
  return evidence
}

/**
 * Times an editor's save of a provider with `count` evidence entries (new ones each time:
 * `anchorEvidence` anchors every one in its document's stored text) against the same
 * save of another provider of the same shape without evidence: Local API draft saves on
 * the editor's behalf, as `PATCH /api/providers/:id?draft=true` makes them, alternating,
 * after `warmUps` of each. Each figure is the median of `rounds`. With
 * `BENCH_CPU_PROF_DIR`, the saves write a CPU profile (`evidence-saves`).
 */
export const evidenceSaveTask = async ({
  payload,
  args,
}: {
  payload: Payload
  args: { count: number; rounds: number; warmUps: number }
}) => {
  const editor = (await payload.create({
    collection: 'users',
    data: {
      email: 'bench-editor@example.test',
      roles: ['editor'],
      language: 'de',
      password: randomBytes(18).toString('base64'),
    },
  })) as User
  const { docs } = await payload.find({
    collection: 'providers',
    sort: 'slug',
    limit: 2,
    depth: 0,
    select: { slug: true },
  })
  const [withId, withoutId] = docs.map((doc) => String(doc.id))
  if (!withId || !withoutId) throw new Error('the evidence save needs two seeded providers')
  const evidence = await evidenceFor({ payload, providerId: withId, count: args.count })
  const timedSave = async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
    const startedAt = performance.now()
    await payload.update({
      collection: 'providers',
      id,
      data,
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    return performance.now() - startedAt
  }
  const withMs: number[] = []
  const withoutMs: number[] = []
  const rounds = async () => {
    for (let round = 0; round < args.warmUps + args.rounds; round += 1) {
      const description = `A stand-in vendor of the evidence bench, save ${round + 1}.`
      // Fresh entries (no ids) each time, so every save anchors them all; the order alternates.
      const saveWith = () =>
        timedSave({ id: withId, data: { description, evidence: evidence.map((e) => ({ ...e })) } })
      const saveWithout = () => timedSave({ id: withoutId, data: { description } })
      const isWithFirst = round % 2 === 0
      const first = await (isWithFirst ? saveWith() : saveWithout())
      const second = await (isWithFirst ? saveWithout() : saveWith())
      if (round < args.warmUps) continue
      withMs.push(isWithFirst ? first : second)
      withoutMs.push(isWithFirst ? second : first)
    }
  }
  await withCpuProfile('evidence-saves', rounds)
  const saved = await payload.findByID({
    collection: 'providers',
    id: withId,
    draft: true,
    depth: 0,
    select: { evidence: true },
  })
  const anchored = (saved.evidence ?? []).filter((entry) => entry.anchor?.exact).length
  return { withMs: median(withMs), withoutMs: median(withoutMs), anchored, rounds: args.rounds }
}
