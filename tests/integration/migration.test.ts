import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestEnv } from '../helpers/testEnv'
import { migrations } from '../../src/migrations'
import { withdrawUnapprovedPublications } from '../../src/db/frozen/withdrawUnapprovedPublications'
import { keepUnknownFactValues } from '../../src/db/keepUnknownFactValues'
import { mongoMigrations } from '../../src/db/mongoMigrations'
import type { LegacyPageData } from '../../src/db/moveLegacyPageData'
import {
  convertDatasheets,
  fillSourceRegistry,
  readLegacyPageData,
  writeCitationsAndAudits,
} from '../../src/db/moveLegacyPageData'
import { writeInPlace } from '../../src/db/writeInPlace'
import { findUnrecordedPublications } from '../../src/workflow/reviewLog'
import { useTestEnv } from '../helpers/testEnv'

/**
 * The migration that moved citations, audits and the Datenblatt into the provider's
 * revision, run on a database built with the previous schema: nothing is lost.
 */
let payload: Payload
let testEnv: TestEnv
/** The old collections as the migration read them, to run its move a second time. */
let legacy: LegacyPageData

const provider = '11111111-1111-4111-8111-111111111111'
const version = '22222222-2222-4222-8222-222222222222'

type Client = { execute: (statement: { sql: string; args?: unknown[] }) => Promise<unknown> }

const run = (sql: string, ...args: unknown[]) =>
  (payload.db as unknown as { client: Client }).client.execute({ sql, args })

/** What the previous schema held for one published provider: three sources, two audits, a Datenblatt. */
const seedPreviousSchema = async () => {
  const fields = `name, slug, category, website, privacy, terms, account_required, logs, review_state`
  const values = [
    'Session',
    'session',
    'Messenger',
    'https://getsession.org',
    'https://getsession.org/privacy-policy',
    'https://getsession.org/terms-of-service',
    'yes',
    'minimal',
    'approved',
  ]
  await run(
    `INSERT INTO providers (id, ${fields}, _status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published')`,
    provider,
    ...values,
  )
  const versionFields = fields
    .split(', ')
    .map((field) => `version_${field}`)
    .join(', ')
  await run(
    `INSERT INTO _providers_v (id, parent_id, ${versionFields}, version__status, latest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', 1)`,
    version,
    provider,
    ...values,
  )
  const sources = [
    [
      's1',
      'https://getsession.org/faq',
      'FAQ',
      'faq',
      0,
      null,
      'primary',
      '[FAQ](https://getsession.org/faq)',
    ],
    [
      's2',
      'https://quarkslab.com/report.pdf',
      'Audit',
      'audit-report',
      1,
      'https://getsession.org/faq',
      'linked',
      null,
    ],
    ['s3', null, null, 'other', 2, null, 'rejected', 'Push-Benachrichtigungen: "Slow Mode'],
  ]
  for (const [id, url, title, kind, position, linkedFrom, verdict, rawLine] of sources) {
    await run(
      `INSERT INTO sources (id, provider_id, url, title, kind, position, linked_from, verdict, raw_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      provider,
      url,
      title,
      kind,
      position,
      linkedFrom,
      verdict,
      rawLine,
    )
  }
  await run(
    `INSERT INTO audits (id, provider_id, title, auditor, year, report_url, position) VALUES ('a2', ?, 'Zweites Audit', 'Cure53', 2024, 'https://getsession.org/audit.pdf', 1)`,
    provider,
  )
  await run(
    `INSERT INTO audits (id, provider_id, title, report_url, raw_line, position) VALUES ('a1', ?, 'Quarkslab', 'https://quarkslab.com/report.pdf', '[Quarkslab](https://quarkslab.com/report.pdf)', 0)`,
    provider,
  )
  const rows = [
    ['Anbieter', 'Session'],
    ['Konto erforderlich', 'yes (Account ID)'],
    ['Logs', 'keine'],
    ['Zahlungsabwicklung', 'Nicht angegeben'],
  ]
  for (const [order, [label, value]] of rows.entries()) {
    await run(
      `INSERT INTO providers_datasheet (_order, _parent_id, id, label, value) VALUES (?, ?, ?, ?, ?)`,
      order + 1,
      provider,
      `row-${order}`,
      label,
      value,
    )
  }
  await run(
    `INSERT INTO providers_legal_links (_order, _parent_id, id, label, title, url) VALUES (1, ?, 'link-1', 'Privacy Policy', 'Session Privacy Policy', 'https://getsession.org/privacy-policy')`,
    provider,
  )
}

const otherProvider = '33333333-3333-4333-8333-333333333333'
const otherVersion = '44444444-4444-4444-8444-444444444444'

/** A provider whose closed-set facts were typed by hand as text: "ja", "Free ", empty. */
const seedHandTypedFacts = async () => {
  const fields = 'name, slug, category, website, free_tier, pricing, open_source, logs'
  const values = ['Nebel', 'nebel', 'VPN', 'https://nebel.example', 'ja', 'Free ', '', 'none']
  await run(
    `INSERT INTO providers (id, ${fields}, _status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft')`,
    otherProvider,
    ...values,
  )
  const versionFields = fields
    .split(', ')
    .map((field) => `version_${field}`)
    .join(', ')
  await run(
    `INSERT INTO _providers_v (id, parent_id, ${versionFields}, version__status, latest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1)`,
    otherVersion,
    otherProvider,
    ...values,
  )
}

const drizzleOf = (payload: Payload) =>
  (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle

beforeAll(async () => {
  testEnv = useTestEnv('migration')
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
  ])
  // Not through openPayload: only the first migration runs, so the schema is the previous one.
  payload = await getPayload({ config: await config, cron: false })
  const all = migrations as unknown as Migration[]
  await payload.db.migrate({ migrations: all.slice(0, 1) })
  await seedPreviousSchema()
  await seedHandTypedFacts()
  legacy = await readLegacyPageData(drizzleOf(payload))
  await payload.db.migrate({ migrations: all })
})

afterAll(async () => {
  await payload?.destroy()
  testEnv?.cleanup()
})

describe('the migration into the revision', () => {
  it('moves every source into the citations of the published provider, in page order', async () => {
    const doc = await payload.findByID({ collection: 'providers', id: provider, depth: 0 })
    expect(
      doc.citations?.map(({ url, title, kind, linkedFrom, verdict, rawLine }) => ({
        url,
        title,
        kind,
        linkedFrom,
        verdict,
        rawLine,
      })),
    ).toEqual([
      {
        url: 'https://getsession.org/faq',
        title: 'FAQ',
        kind: 'faq',
        linkedFrom: null,
        verdict: 'primary',
        rawLine: '[FAQ](https://getsession.org/faq)',
      },
      {
        url: 'https://quarkslab.com/report.pdf',
        title: 'Audit',
        kind: 'audit-report',
        linkedFrom: 'https://getsession.org/faq',
        verdict: 'linked',
        rawLine: null,
      },
      {
        url: null,
        title: null,
        kind: 'other',
        linkedFrom: null,
        verdict: 'rejected',
        rawLine: 'Push-Benachrichtigungen: "Slow Mode',
      },
    ])
  })

  it('moves every audit into the audit entries, in page order, the year as period', async () => {
    const doc = await payload.findByID({ collection: 'providers', id: provider, depth: 0 })
    expect(
      doc.audits?.map(({ title, reportUrl, auditor, period }) => ({
        title,
        reportUrl,
        auditor,
        period,
      })),
    ).toEqual([
      {
        title: 'Quarkslab',
        reportUrl: 'https://quarkslab.com/report.pdf',
        auditor: null,
        period: null,
      },
      {
        title: 'Zweites Audit',
        reportUrl: 'https://getsession.org/audit.pdf',
        auditor: 'Cure53',
        period: '2024',
      },
    ])
  })

  it('gives the latest version the same citations and audits', async () => {
    const latest = await payload.findByID({
      collection: 'providers',
      id: provider,
      draft: true,
      depth: 0,
    })
    expect(latest.citations).toHaveLength(3)
    expect(latest.audits).toHaveLength(2)
  })

  it('registers each cited document once and links the entries to it', async () => {
    const { docs } = await payload.find({
      collection: 'sources',
      sort: 'url',
      depth: 0,
      pagination: false,
    })
    expect(docs.map((doc) => doc.url)).toEqual([
      'https://getsession.org/audit.pdf',
      'https://getsession.org/faq',
      'https://quarkslab.com/report.pdf',
    ])
    const doc = await payload.findByID({ collection: 'providers', id: provider, depth: 0 })
    expect(doc.citations?.[0]?.source).toBe(
      docs.find((entry) => entry.url === 'https://getsession.org/faq')?.id,
    )
  })

  it('turns the Datenblatt rows into rows that follow their field, keeping a contradicting one', async () => {
    const doc = await payload.findByID({ collection: 'providers', id: provider, depth: 0 })
    expect(
      doc.datasheet?.map(({ fact, label, note, value }) => ({ fact, label, note, value })),
    ).toEqual([
      { fact: 'name', label: null, note: null, value: null },
      { fact: 'account_required', label: null, note: '(Account ID)', value: null },
      { fact: 'logs', label: null, note: null, value: 'keine' },
      { fact: null, label: 'Zahlungsabwicklung', note: null, value: 'Nicht angegeben' },
    ])
    expect(doc.legalLinks?.map(({ field, title, text }) => ({ field, title, text }))).toEqual([
      { field: 'privacy', title: null, text: null },
    ])
  })
})

describe('the migration of the closed-set facts into selects', () => {
  it('keeps values of the set in their select', async () => {
    const doc = await payload.findByID({ collection: 'providers', id: provider, depth: 0 })
    expect(doc).toMatchObject({ account_required: 'yes', logs: 'minimal' })
    expect(Object.values(doc.keptFactValues ?? {}).filter(Boolean)).toEqual([])
  })

  it('moves values outside the set to the kept page values, byte for byte', async () => {
    const doc = await payload.findByID({
      collection: 'providers',
      id: otherProvider,
      draft: true,
      depth: 0,
    })
    expect(doc).toMatchObject({ free_tier: null, pricing: null, open_source: null, logs: 'none' })
    expect(doc.keptFactValues).toMatchObject({
      free_tier: 'ja',
      pricing: 'Free ',
      open_source: null,
    })
  })
})

describe('the migration that made an import no approval (0012)', () => {
  it('takes a publication without an approval record off the site, its content kept as a draft', async () => {
    const published = await payload.find({
      collection: 'providers',
      where: { _status: { equals: 'published' } },
      depth: 0,
    })
    expect(published.totalDocs).toBe(0)
    const anonymous = await payload.find({
      collection: 'providers',
      overrideAccess: false,
      depth: 0,
    })
    expect(anonymous.totalDocs).toBe(0)
    const draft = await payload.findByID({
      collection: 'providers',
      id: provider,
      draft: true,
      depth: 0,
    })
    expect(draft).toMatchObject({ _status: 'draft', reviewState: 'draft', name: 'Session' })
    expect(draft.citations).toHaveLength(3)
  })
})

/** Every table a data step writes, row by row. */
const dataTables = [
  'providers',
  '_providers_v',
  'providers_citations',
  '_providers_v_version_citations',
  'providers_audits',
  '_providers_v_version_audits',
  'sources',
  'providers_datasheet',
  '_providers_v_version_datasheet',
  'providers_legal_links',
  '_providers_v_version_legal_links',
]

const tableContents = async () => {
  const contents: Record<string, unknown> = {}
  for (const table of dataTables) {
    const result = (await run(`SELECT * FROM ${table} ORDER BY id`)) as { rows: unknown[] }
    contents[table] = result.rows.map((row) => ({ ...(row as object) }))
  }
  return contents
}

const dataSteps = {
  keepUnknownFactValues: () => keepUnknownFactValues(drizzleOf(payload)),
  writeCitationsAndAudits: () => writeCitationsAndAudits({ db: drizzleOf(payload), legacy }),
  fillSourceRegistry: () => fillSourceRegistry(drizzleOf(payload)),
  convertDatasheets: () => convertDatasheets(drizzleOf(payload)),
  withdrawUnapprovedPublications: () => withdrawUnapprovedPublications({ payload }),
}

describe('each data step, run a second time', () => {
  it.each(Object.entries(dataSteps))(
    '%s finds its work done and changes nothing',
    async (_, step) => {
      const before = await tableContents()
      await step()
      expect(await tableContents()).toEqual(before)
    },
  )
})

describe("MongoDB's data steps (the same migrate API, run here on SQLite)", () => {
  it('take a publication without an approval record off the site once, and record that they ran', async () => {
    // What an earlier importer left on MongoDB: a published page no one approved.
    await writeInPlace({
      payload,
      id: provider,
      data: { _status: 'published', reviewState: 'approved' },
    })
    expect((await findUnrecordedPublications(payload)).map((entry) => entry.slug)).toEqual([
      'session',
    ])

    await payload.db.migrate({ migrations: mongoMigrations })
    expect(await findUnrecordedPublications(payload)).toEqual([])
    const draft = await payload.findByID({ collection: 'providers', id: provider, draft: true })
    expect(draft).toMatchObject({ _status: 'draft', reviewState: 'draft', name: 'Session' })

    // Recorded: a page published later (here by hand again) is not touched by the next start.
    await writeInPlace({ payload, id: provider, data: { _status: 'published' } })
    await payload.db.migrate({ migrations: mongoMigrations })
    expect(await findUnrecordedPublications(payload)).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      where: { name: { equals: mongoMigrations[0]!.name } },
    })
    expect(docs).toHaveLength(1)
  })
})
