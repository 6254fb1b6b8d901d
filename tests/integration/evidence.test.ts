/**
 * Claim-level evidence end to end on a real SQLite file: real versions of Telegram's
 * privacy policy (tests/fixtures/ota, Open Terms Archive) served as HTML from a TLS
 * stand-in of telegram.org, quotes anchored on one version, approved, the next version
 * served, the watch run, and per claim what lint says.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { micromark } from 'micromark'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Finding } from '../../src/findings/finding'
import type { User } from '../../src/payload-types'
import { collectProviderFindings } from '../../src/lint/lintProvider'
import { createFetcher } from '../../src/watch/fetcher'
import { runReminders } from '../../src/reminders/runReminders'
import { runWatch } from '../../src/watch/runWatch'
import { idOf } from '../../src/db/idOf'
import { readRecordedAnchors } from '../../src/evidence/recordedAnchors'
import { textHashOf } from '../../src/evidence/anchor'
import { runCli } from '../helpers/cli'
import { inEnglish } from '../helpers/inEnglish'
import { guardDials } from '../helpers/dialGuard'
import { startSmtp } from '../helpers/smtp'
import type { TestSmtp } from '../helpers/smtp'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import type { TestEnv } from '../helpers/testEnv'
import type { TlsSite } from '../helpers/tlsSite'
import { page, startTlsSite } from '../helpers/tlsSite'
import { createLocalUser } from '../helpers/users'

const policyUrl = 'https://telegram.org/privacy/de'
/** A real recorded version (tests/fixtures/ota) as the vendor's HTML page. */
const versionOf = (service: string, file: string) =>
  micromark(readFileSync(path.join(import.meta.dirname, '../fixtures/ota', service, file), 'utf8'))
const version = (file: string) => versionOf('Telegram', file)

const inactivity =
  'Wenn du Telegram nicht mehr verwenden willst und mindestens 6 Monate lang nicht online bist, wird dein Konto mit allen Nachrichten, Medien, Kontakten und allen anderen Daten, die du in der Telegram Cloud gespeichert hast, standardmäßig gelöscht.'
const metadata =
  'Diese Metadaten können wir, sofern wir sie erheben, für maximal 12 Monate für obige Zwecke speichern.'

const routes: Parameters<typeof startTlsSite>[0]['routes'] = {}
let site: TlsSite
let payload: Payload
let testEnv: TestEnv
let editor: User
let reviewer: User
let providerId: string
let dials: ReturnType<typeof guardDials>
let smtp: TestSmtp

const watch = () =>
  runWatch({
    payload,
    fetcher: createFetcher({ publicUrl: 'https://desk.example.test', connectTo: site.connectTo }),
    perHostPauseMs: 0,
  })

const evidenceFindings = async (id = providerId): Promise<Finding[]> =>
  (await collectProviderFindings({ payload, providerId: id, now: new Date() })).filter(
    (finding) => finding.code.startsWith('evidence.') || finding.code === 'source.changed',
  )

const save = (data: Record<string, unknown>, id = providerId) =>
  payload.update({
    collection: 'providers',
    id,
    data: data as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })

const approve = async (id = providerId) => {
  await save({ reviewState: 'in_review' }, id)
  const draft = await payload.findByID({ collection: 'providers', id, draft: true })
  await payload.update({
    collection: 'providers',
    id,
    data: { reviewState: 'approved', approvedRevision: draft.updatedAt } as never,
    user: reviewer,
    overrideAccess: false,
  })
}

/** A profile citing `url`, watched once, with `quote` as its evidence, approved. */
const approvedProfile = async ({
  name,
  website,
  url,
  quote,
}: {
  name: string
  website: string
  url: string
  quote?: string
}): Promise<string> => {
  const created = await payload.create({
    collection: 'providers',
    data: {
      name,
      slug: name.toLowerCase(),
      category: 'Messenger',
      website,
      citations: [{ url, title: 'Privacy Policy', kind: 'policy' }],
    } as never,
    user: editor,
    overrideAccess: false,
  })
  const id = String(created.id)
  await watch()
  if (quote) await save({ evidence: [{ claim: 'privacy', url, quote }] }, id)
  await approve(id)
  return id
}

const openChanges = async (id: string) =>
  (
    await payload.count({
      collection: 'sourceChanges',
      where: { and: [{ provider: { equals: id } }, { clearedAt: { exists: false } }] },
    })
  ).totalDocs

beforeAll(async () => {
  dials = guardDials()
  site = await startTlsSite({ routes })
  routes['telegram.org/privacy/de'] = page(version('012_2024-09-26_c318fccb.md'))
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  ;({ payload, testEnv } = await openTestPayload('evidence'))
  editor = await createLocalUser({ payload, email: 'editor@example.test', roles: ['editor'] })
  reviewer = await createLocalUser({ payload, email: 'reviewer@example.test', roles: ['reviewer'] })
  const created = await payload.create({
    collection: 'providers',
    data: {
      name: 'Telegram',
      slug: 'telegram',
      category: 'Messenger',
      website: 'https://telegram.org',
      privacy: policyUrl,
      citations: [{ url: policyUrl, title: 'Datenschutzerklärung', kind: 'policy' }],
    } as never,
    user: editor,
    overrideAccess: false,
  })
  providerId = String(created.id)
  await watch()
}, 180_000)

afterAll(async () => {
  delete process.env.SMTP_URL
  await smtp?.stop()
  dials?.restore()
  await site?.close()
  if (payload) await closeTestPayload({ payload, testEnv })
})

describe('evidence on save', () => {
  it('anchors each quote in the stored text of the cited document', async () => {
    const saved = await save({
      evidence: [
        { claim: 'Löschung nach Inaktivität', url: policyUrl, quote: inactivity },
        { claim: 'Metadaten höchstens 12 Monate', url: policyUrl, quote: metadata },
      ],
    })
    expect(saved.evidence?.map((entry) => entry.anchor?.exact)).toEqual([inactivity, metadata])
    expect(saved.evidence?.[0]?.anchor?.prefix).toHaveLength(32)
    expect(saved.evidence?.[0]?.anchor?.snapshot).toBeTruthy()
  })

  it('refuses a quote that is not in the document with 400 naming evidence.N.quote, in German', async () => {
    await expect(
      save({
        evidence: [{ claim: 'Löschung', url: policyUrl, quote: 'mindestens 7 Monate lang' }],
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          {
            path: 'evidence.0.quote',
            message: expect.stringContaining('Das Zitat steht nicht im Dokument'),
          },
        ],
      },
    })
  })

  it('refuses evidence from a document the revision does not cite', async () => {
    await expect(
      save({
        evidence: [{ claim: 'x', url: 'https://telegram.org/faq', quote: metadata }],
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'evidence.0.url' }] } })
  })
})

describe('evidence after the vendor changed the document', () => {
  beforeAll(async () => {
    await save({
      evidence: [
        { claim: 'Löschung nach Inaktivität', url: policyUrl, quote: inactivity },
        { claim: 'Metadaten höchstens 12 Monate', url: policyUrl, quote: metadata },
      ],
    })
    await approve()
  })

  it("records in the approval each quote's claim, document, snapshot and text hash", async () => {
    const approved = await payload.findByID({ collection: 'providers', id: providerId })
    const { docs } = await payload.find({
      collection: 'reviews',
      where: {
        and: [{ provider: { equals: providerId } }, { outcome: { equals: 'approved' } }],
      },
      sort: '-reviewedAt',
      limit: 1,
      depth: 0,
    })
    expect(readRecordedAnchors(docs[0]?.anchors)).toEqual(
      (approved.evidence ?? []).map((entry, index) => ({
        index,
        id: entry.id,
        claim: entry.claim,
        url: policyUrl,
        snapshot: idOf(entry.anchor?.snapshot),
        textHash: entry.anchor?.textHash,
      })),
    )
    // The hash is that of the snapshot's stored text the quote was found in.
    const [first] = readRecordedAnchors(docs[0]?.anchors)
    const snapshot = await payload.findByID({ collection: 'snapshots', id: first!.snapshot! })
    expect(first).toMatchObject({
      claim: 'Löschung nach Inaktivität',
      textHash: textHashOf(snapshot.text ?? ''),
    })
  })

  it('keeps a document whose quotes all hold from re-opening the profile (a typography-only change)', async () => {
    // Punctuation and typography inside the quoted passage, a new line before it.
    routes['telegram.org/privacy/de'] = page(
      version('012_2024-09-26_c318fccb.md')
        .replace('online bist, wird dein Konto', 'online bist – wird dein Konto')
        .replace('<p>', '<p>„Hinweis“ zur Fassung. '),
    )
    const report = await watch()
    expect(report.sources[0]?.status).toBe('changed')
    expect(await evidenceFindings()).toEqual([])
    const { docs } = await payload.find({ collection: 'sourceChanges', depth: 0 })
    expect(docs.at(-1)).toMatchObject({ isEvidenceHeld: true, clearedAt: expect.any(String) })
  })

  it('flags the edited claim ("6 Monate" → "18 Monate") and not the one that holds, without a document-level finding', async () => {
    routes['telegram.org/privacy/de'] = page(version('013_2024-09-30_c6bf7111.md'))
    const report = await watch()
    expect(report.sources[0]?.status).toBe('changed')
    const found = await evidenceFindings()
    expect(found.map((finding) => [finding.code, finding.field, finding.value])).toEqual([
      ['evidence.edited', 'evidence.0', 'Löschung nach Inaktivität'],
    ])
    expect(found[0]).toMatchObject({
      params: { before: inactivity, after: expect.stringContaining('mindestens 18 Monate') },
    })
  })

  it('lists evidence.edited per claim in lint --json, and no source.changed (the contract scripts rely on)', async () => {
    const result = await runCli({
      args: ['lint', '--provider', 'telegram', '--json'],
      env: testEnv.vars,
    })
    expect(result.stderr).toBe('')
    const findings: { code: string; field: string; value: string }[] =
      result.json.providers[0].findings
    expect(
      findings
        .filter(({ code }) => code.startsWith('evidence.') || code === 'source.changed')
        .map(({ code, field, value }) => [code, field, value]),
    ).toEqual([['evidence.edited', 'evidence.0', 'Löschung nach Inaktivität']])
  })

  it('mails the claim with its passage as approved and as it is now ("Belege geändert")', async () => {
    const { docs } = await payload.find({
      collection: 'sourceChanges',
      where: { clearedAt: { exists: false } },
      depth: 0,
    })
    expect(docs.map((change) => change.claims)).toEqual([
      [
        {
          claim: 'Löschung nach Inaktivität',
          state: 'edited',
          before: inactivity,
          after: expect.stringContaining('mindestens 18 Monate'),
        },
      ],
    ])
    // Nobody is assigned: the change goes to the admins.
    await createLocalUser({ payload, email: 'admin@example.test', roles: ['admin'] })
    const report = await runReminders({ payload, now: new Date() })
    expect(report.sent).toEqual([{ to: 'admin@example.test', providers: [], sources: [policyUrl] }])
    const text = smtp.messages.at(-1)?.text ?? ''
    expect(text).toContain('  Belege geändert:\n    „Löschung nach Inaktivität“ – geändert\n')
    expect(text).toContain(`      wie freigegeben: ${inactivity}\n`)
    expect(text).toMatch(/ {6}jetzt: .*mindestens 18 Monate lang nicht online/)
  })

  it('notes in the same digest the change whose quotes all held ("Geändert, Belege unberührt")', () => {
    const text = smtp.messages.at(-1)?.text ?? ''
    const notes = text.slice(text.indexOf('Geändert, Belege unberührt\n'))
    expect(notes).toMatch(
      /^Geändert, Belege unberührt\n\nDieses zitierte Dokument hat sich geändert, aber jede Stelle/,
    )
    expect(notes).toContain(
      `\n${policyUrl}\n  zitiert in:\n  - Telegram (niemand zur Prüfung zugewiesen): `,
    )
  })

  it('writes the note in English for a reader who chose English', async () => {
    const reader = await createLocalUser({
      payload,
      email: 'admin-en@example.test',
      roles: ['admin'],
    })
    await payload.update({ collection: 'users', id: reader.id, data: { language: 'en' } })
    const report = await runReminders({ payload, now: new Date() })
    expect(report.sent).toEqual([
      { to: 'admin-en@example.test', providers: [], sources: [policyUrl] },
    ])
    const text = smtp.messages.at(-1)?.text ?? ''
    expect(text).toContain('  Evidence changed:\n')
    expect(text).toContain(
      `Changed, evidence unaffected\n\nThis cited document changed, but every passage the profiles quote from it still stands.`,
    )
    expect(text.slice(text.indexOf('Changed, evidence unaffected'))).toContain(
      `\n${policyUrl}\n  cited in:\n  - Telegram (no reviewer assigned): `,
    )
  })
})

describe('a new baseline after the settings of a source changed', () => {
  const url = 'https://telegram.org/privacy'
  const route = 'telegram.org/privacy'
  let id: string

  const setLanguage = (language: string | null) =>
    payload.update({
      collection: 'sources',
      where: { url: { equals: url } },
      data: { language },
      depth: 0,
    })

  beforeAll(async () => {
    routes[route] = page(version('012_2024-09-26_c318fccb.md'))
    id = await approvedProfile({
      name: 'Telegram Web',
      website: 'https://telegram.org',
      url,
      quote: inactivity,
    })
  })

  it('asks in the language set for the source and stores a new baseline without re-opening anything', async () => {
    const snapshots = (await payload.count({ collection: 'snapshots' })).totalDocs
    await setLanguage('en')
    const report = await watch()
    expect(site.requests.findLast((request) => request.path === '/privacy')?.headers).toMatchObject(
      { 'accept-language': 'en' },
    )
    expect(report.sources.find((source) => source.url === url)).toMatchObject({
      status: 'unchanged',
      reason: inEnglish(/new baseline/),
    })
    expect((await payload.count({ collection: 'snapshots' })).totalDocs).toBe(snapshots + 1)
    expect(await openChanges(id)).toBe(0)
  })

  it('re-opens a profile whose quote no longer stands in the new baseline', async () => {
    await setLanguage(null)
    routes[route] = page(version('013_2024-09-30_c6bf7111.md'))
    await watch()
    expect(await openChanges(id)).toBe(1)
    expect((await evidenceFindings(id)).map((finding) => finding.code)).toEqual(['evidence.edited'])
  })
})

describe('the baseline after "Unverändert bestätigen"', () => {
  const url = 'https://telegram.org/privacy/en'
  const route = 'telegram.org/privacy/en'
  let id: string

  const sourceOf = async () =>
    (await payload.find({ collection: 'sources', where: { url: { equals: url } }, depth: 0 }))
      .docs[0]

  beforeAll(async () => {
    routes[route] = page(version('010_2024-05-06_48d99a47.md'))
    id = await approvedProfile({ name: 'Telegram EN', website: 'https://telegram.org', url })
  })

  it('diffs the next change against what the confirmation was made against, not the older approval', async () => {
    routes[route] = page(version('011_2024-09-24_df16454d.md'))
    await watch()
    expect(await openChanges(id)).toBe(1)
    const confirmedAgainst = idOf((await sourceOf())?.snapshot)
    const latest = await payload.findByID({ collection: 'providers', id, draft: true })
    await payload.update({
      collection: 'providers',
      id,
      data: { reviewState: 'approved', approvedRevision: latest.updatedAt } as never,
      user: reviewer,
      overrideAccess: false,
    })
    expect(await openChanges(id)).toBe(0)

    routes[route] = page(version('012_2024-09-26_c318fccb.md'))
    await watch()
    const { docs } = await payload.find({
      collection: 'sourceChanges',
      where: { and: [{ provider: { equals: id } }, { clearedAt: { exists: false } }] },
      depth: 0,
    })
    expect(docs.map((change) => idOf(change.fromSnapshot))).toEqual([confirmedAgainst])
  })
})

describe('an error page recorded as the policy (Spotify, May 2023)', () => {
  const url = 'https://www.spotify.com/de/legal/privacy-policy'
  const route = 'www.spotify.com/de/legal/privacy-policy'
  const quote =
    'We will not discriminate against you for exercising any of your rights under any privacy law.'
  let id: string

  beforeAll(async () => {
    routes[route] = page(versionOf('Spotify', '006_2023-05-08_5eeb0212.md'))
    id = await approvedProfile({ name: 'Spotify', website: 'https://www.spotify.com', url, quote })
  })

  it('holds the error page back on its first sight: no snapshot, nothing re-opened', async () => {
    const snapshots = (await payload.count({ collection: 'snapshots' })).totalDocs
    routes[route] = page(versionOf('Spotify', '007_2023-05-12_4bfdd07f.md'))
    await watch()
    expect((await payload.count({ collection: 'snapshots' })).totalDocs).toBe(snapshots)
    expect(await openChanges(id)).toBe(0)
    expect(await evidenceFindings(id)).toEqual([])
  })

  it('finds nothing changed when the policy comes back', async () => {
    routes[route] = page(versionOf('Spotify', '008_2023-05-12_3c1e6fbd.md'))
    const report = await watch()
    expect(report.sources.find((source) => source.url === url)?.status).toBe('unchanged')
    expect(await openChanges(id)).toBe(0)
  })

  it('takes a short text seen twice in a row as the document, and the quote as vanished', async () => {
    routes[route] = page(versionOf('Spotify', '007_2023-05-12_4bfdd07f.md'))
    await watch()
    await watch()
    expect(await openChanges(id)).toBe(1)
    expect((await evidenceFindings(id)).map((finding) => finding.code)).toEqual([
      'evidence.vanished',
    ])
  })
})

describe('a footer that changes and flips back (Threads, Nov 2024)', () => {
  const url = 'https://www.threads.net/privacy'
  const route = 'www.threads.net/privacy'
  const quote =
    'We collect the information you provide when you create your Threads profile, including your name, email address, and settings and preferences.'
  let id: string
  let withoutEvidence: string

  beforeAll(async () => {
    routes[route] = page(versionOf('Threads', '005_2024-10-31_43bb5682.md'))
    id = await approvedProfile({ name: 'Threads', website: 'https://www.threads.net', url, quote })
    withoutEvidence = await approvedProfile({
      name: 'Instagram',
      website: 'https://www.threads.net',
      url,
    })
  })

  it('re-opens nothing for quotes that hold, either way; a profile without quotes is re-opened until the text is back', async () => {
    routes[route] = page(versionOf('Threads', '006_2024-11-01_3c775520.md'))
    let report = await watch()
    expect(report.sources.find((source) => source.url === url)?.status).toBe('changed')
    expect(await openChanges(id)).toBe(0)
    expect(await evidenceFindings(id)).toEqual([])
    expect(await openChanges(withoutEvidence)).toBe(1)
    expect((await evidenceFindings(withoutEvidence)).map((finding) => finding.code)).toEqual([
      'source.changed',
    ])

    // The footer goes again: the text is the one both approvals were made against.
    routes[route] = page(versionOf('Threads', '007_2024-11-01_dc247203.md'))
    report = await watch()
    expect(report.sources.find((source) => source.url === url)?.status).toBe('changed')
    expect(await openChanges(id)).toBe(0)
    expect(await openChanges(withoutEvidence)).toBe(0)
    expect(await evidenceFindings(withoutEvidence)).toEqual([])
  })
})
