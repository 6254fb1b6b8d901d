import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import type { TestSmtp } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import { createUsers } from '../helpers/users'

/**
 * The work between people over REST, with the real server's job runner and a real SMTP
 * server: colleagues by name, assigning a reviewer without a new draft, notices on submit,
 * on "Änderungen anfordern" and on approval (one mail a person, each kind switchable), the
 * way back into review for an approved profile (confirm unchanged, send back) and the
 * four eyes on it.
 */
let server: RunningServer
let smtp: TestSmtp
let editor: RestClient
let rita: RestClient
let ralf: RestClient
let berta: RestClient
let ids: Record<string, string> = {}
let slugCount = 0

const patch = (client: RestClient, id: string, body: Record<string, unknown>) =>
  client.request('PATCH', `/api/providers/${id}`, body)

const latest = async (id: string) =>
  (await editor.request('GET', `/api/providers/${id}?draft=true&depth=0`)).body

const versionCount = async (id: string): Promise<number> =>
  (await editor.request('GET', `/api/providers/versions?where[parent][equals]=${id}&limit=1`)).body
    .totalDocs

const draftProvider = async (name: string): Promise<string> => {
  const slug = `team-${++slugCount}`
  const created = await editor.request('POST', '/api/providers', {
    ...sessionProviderData({ slug, name, citations: [{ url: vendorSourceUrl }] }),
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

const approve = async (client: RestClient, id: string) =>
  patch(client, id, { reviewState: 'approved', approvedRevision: (await latest(id)).updatedAt })

/** Waits until `count` mails reached `to` (the notice job looks every 10 s). */
const mailsTo = async (to: string, count = 1, timeoutMs = 45_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mails = smtp.messages.filter((mail) => mail.to.includes(to))
    if (mails.length >= count) return mails
    if (Date.now() > deadline) {
      throw new Error(`${mails.length} of ${count} mails to ${to}:\n${server.log().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    name: 'team-week',
    env: { SMTP_URL: smtp.url, NOTICE_DELAY_SECONDS: '1', PROVIDER_DESK_ROLE: 'server' },
  })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', name: 'Edda Engel', roles: ['editor'] },
      { email: 'rita@example.test', name: 'Rita Roth', roles: ['reviewer'] },
      { email: 'ralf@example.test', name: 'Ralf Rausch', roles: ['reviewer'], language: 'en' },
      { email: 'berta@example.test', name: 'Berta Brandt', roles: ['editor', 'reviewer'] },
    ],
  })
  editor = clients['edda@example.test']!
  rita = clients['rita@example.test']!
  ralf = clients['ralf@example.test']!
  berta = clients['berta@example.test']!
  const { body } = await editor.request('GET', '/api/users?limit=100')
  ids = Object.fromEntries(
    (body.docs as { id: string; name: string }[]).map((user) => [user.name, user.id]),
  )
})

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('colleagues see each other', () => {
  it('lists every colleague with name and roles to any signed-in user, without their e-mail or secrets', async () => {
    const { status, body } = await editor.request('GET', '/api/users?limit=100')
    expect(status).toBe(200)
    const byName = Object.fromEntries(
      (body.docs as Record<string, unknown>[]).map((user) => [user.name, user]),
    )
    expect(byName['Rita Roth']).toMatchObject({ roles: ['reviewer'] })
    expect(byName['Rita Roth']).not.toHaveProperty('email')
    expect(byName['Rita Roth']).not.toHaveProperty('language')
    expect(byName['Edda Engel']).toMatchObject({ email: 'edda@example.test' })
    // The admin made by `user add` without --name is called by the e-mail's local part.
    expect(byName.admin).toBeDefined()
    const raw = JSON.stringify(body)
    for (const secret of ['hash', 'salt', 'resetPasswordToken', 'password']) {
      expect(raw).not.toContain(`"${secret}"`)
    }
    expect((await restClient(server.url).request('GET', '/api/users')).status).toBe(403)
  })
})

describe('assigning the responsible reviewer', () => {
  it('lets an editor assign a reviewer without a new draft, and refuses a non-reviewer or an editor of the revision', async () => {
    const id = await draftProvider('Assign Messenger')
    const before = await versionCount(id)
    const revision = (await latest(id)).updatedAt
    const assigned = await patch(editor, id, { reviewer: ids['Rita Roth'] })
    expect(assigned.status).toBe(200)
    expect(assigned.body.doc.reviewer).toBe(ids['Rita Roth'])
    expect(await versionCount(id)).toBe(before)
    expect((await latest(id)).updatedAt).toBe(revision)
    const byReviewer = await patch(ralf, id, { reviewer: ids['Ralf Rausch'] })
    expect(byReviewer.status).toBe(200)
    const notReviewer = await patch(editor, id, { reviewer: ids['Edda Engel'] })
    expect(notReviewer.status).toBe(400)
    expect(notReviewer.body.errors[0].data.errors[0].path).toBe('reviewer')
    expect(notReviewer.body.errors[0].data.errors[0].message).toContain('Rolle „Review“')
    await patch(berta, id, { description: 'Von Berta ergänzt.' })
    const ownEdit = await patch(editor, id, { reviewer: ids['Berta Brandt'] })
    expect(ownEdit.status).toBe(400)
    expect(ownEdit.body.errors[0].data.errors[0].message).toContain('Berta Brandt')
  })
})

describe('notices', () => {
  it('mails the assigned reviewer on submit, the editor the comment on changes requested, and the editor on approval', async () => {
    smtp.clear()
    const id = await draftProvider('Notice Messenger')
    expect((await patch(editor, id, { reviewer: ids['Ralf Rausch'] })).status).toBe(200)
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    const [submitted] = await mailsTo('ralf@example.test')
    // Ralf reads English; the mail names the provider and who submitted it.
    expect(submitted!.subject).toBe('provider-desk: "Notice Messenger" waits for your review')
    expect(submitted!.text).toContain('Edda Engel submitted "Notice Messenger" for review.')
    expect(submitted!.text).toContain(`/admin/collections/providers/${id}`)
    // Only the assigned reviewer: Rita is not told.
    expect(smtp.messages.filter((mail) => mail.to.includes('rita@example.test'))).toEqual([])

    const comment = 'Bitte die Datenschutzerklärung als Quelle ergänzen.'
    expect(
      (await patch(ralf, id, { reviewState: 'changes_requested', reviewComment: comment })).status,
    ).toBe(200)
    const [sentBack] = await mailsTo('edda@example.test')
    expect(sentBack!.subject).toBe('provider-desk: Änderungen an „Notice Messenger“ angefordert')
    expect(sentBack!.text).toContain(
      'Ralf Rausch hat Änderungen an „Notice Messenger“ angefordert.',
    )
    expect(sentBack!.text).toContain(`> ${comment}`)
    expect(sentBack!.text).toMatch(/am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/)

    await patch(editor, id, {
      citations: [{ url: vendorSourceUrl }, { url: 'https://getsession.org/privacy-policy' }],
    })
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    await mailsTo('ralf@example.test', 2)
    expect((await approve(ralf, id)).status).toBe(200)
    const approvedMails = await mailsTo('edda@example.test', 2)
    expect(approvedMails[1]!.subject).toBe('provider-desk: „Notice Messenger“ ist freigegeben')
    // Every notice went through the outbox and was sent.
    const outbox = await restClient(server.url)
      .request('GET', '/api/reminders')
      .then((response) => response.status)
    expect(outbox).toBe(403)
  })

  it('tells every reviewer who did not edit when nobody is assigned, one mail a person for several steps', async () => {
    smtp.clear()
    const first = await draftProvider('Group Eins')
    const second = await draftProvider('Group Zwei')
    await patch(berta, second, { description: 'Berta schreibt mit.' })
    expect((await patch(editor, first, { reviewState: 'in_review' })).status).toBe(200)
    expect((await patch(editor, second, { reviewState: 'in_review' })).status).toBe(200)
    const [both] = await mailsTo('rita@example.test')
    expect(both!.subject).toBe('provider-desk: 2 Neuigkeiten zu Anbieterprofilen')
    expect(both!.text).toContain('„Group Eins“')
    expect(both!.text).toContain('„Group Zwei“')
    // Berta edited the second and reviews: she is told of the first only.
    const [bertas] = await mailsTo('berta@example.test')
    expect(bertas!.text).toContain('„Group Eins“')
    expect(bertas!.text).not.toContain('„Group Zwei“')
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(smtp.messages.filter((mail) => mail.to.includes('rita@example.test'))).toHaveLength(1)
  })

  it('sends nothing of a kind a person switched off', async () => {
    smtp.clear()
    const me = (await rita.request('GET', '/api/users/me')).body.user
    const off = await rita.request('PATCH', `/api/users/${me.id}`, {
      notices: { submitted: false },
    })
    expect(off.status).toBe(200)
    const id = await draftProvider('Quiet Messenger')
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    await mailsTo('ralf@example.test')
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(smtp.messages.filter((mail) => mail.to.includes('rita@example.test'))).toEqual([])
    await rita.request('PATCH', `/api/users/${me.id}`, { notices: { submitted: true } })
  })
})

describe('the way back into review for an approved profile', () => {
  const approved = async (name: string, by: RestClient = editor): Promise<string> => {
    const id = await draftProvider(name)
    if (by !== editor) await patch(by, id, { description: `${name}, ergänzt.` })
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    expect((await approve(rita, id)).status).toBe(200)
    return id
  }

  it('confirms an approved profile unchanged: a confirmation in the log, updated stamped, no new content', async () => {
    const id = await approved('Confirm Messenger')
    const before = await latest(id)
    const confirmed = await patch(ralf, id, {
      reviewState: 'approved',
      approvedRevision: before.updatedAt,
      reviewComment: 'Quellen geprüft, unverändert.',
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.doc).toMatchObject({ reviewState: 'approved', _status: 'published' })
    expect(confirmed.body.doc.updated.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10))
    const log = await ralf.request(
      'GET',
      `/api/reviews?where[provider][equals]=${id}&sort=reviewedAt&depth=1`,
    )
    const outcomes = log.body.docs.map((review: { outcome: string }) => review.outcome)
    expect(outcomes).toEqual(['submitted', 'approved', 'confirmed'])
    // The reviewer is shown by name in the log.
    expect(log.body.docs[2].reviewer.name).toBe('Ralf Rausch')
  })

  it('refuses a confirmation by someone who edited the approved revision, and one on an outdated revision', async () => {
    const id = await approved('Four Eyes Messenger', berta)
    const { updatedAt } = await latest(id)
    const byEditor = await patch(berta, id, {
      reviewState: 'approved',
      approvedRevision: updatedAt,
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors[0].message).toContain('Vier-Augen-Prinzip')
    const outdated = await patch(ralf, id, {
      reviewState: 'approved',
      approvedRevision: '2020-01-01T00:00:00.000Z',
    })
    expect(outdated.status).toBe(409)
  })

  it('never publishes a content change sent with a confirmation, by an editor or a reviewer', async () => {
    const id = await approved('Hostile Messenger')
    const { updatedAt } = await latest(id)
    for (const client of [editor, ralf, berta]) {
      const sneaked = await patch(client, id, {
        reviewState: 'approved',
        approvedRevision: updatedAt,
        description: 'Unbesehen veröffentlicht.',
      })
      expect(sneaked.status).toBe(403)
    }
    const graphql = await editor.request('POST', '/api/graphql', {
      query: `mutation { updateProvider(id: "${id}", data: { description: "Per GraphQL.", reviewState: approved, _status: published }) { id } }`,
    })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    const anonymous = await restClient(server.url).request('GET', `/api/providers/${id}`)
    expect(anonymous.body.description).toBe('Messenger ohne Telefonnummer.')
    expect(anonymous.body._status).toBe('published')
  })

  it('lets a reviewer send an approved profile back with a comment while the approved version stays public, and the editor resubmit it unchanged', async () => {
    const id = await approved('Back Messenger')
    smtp.clear()
    const sentBack = await patch(ralf, id, {
      reviewState: 'changes_requested',
      reviewComment:
        'Die Datenschutzerklärung hat sich geändert: bitte Abschnitt Telemetrie prüfen.',
    })
    expect(sentBack.status).toBe(200)
    const anonymous = await restClient(server.url).request('GET', `/api/providers/${id}`)
    expect(anonymous.body._status).toBe('published')
    // The approved revision's editor is told.
    const [mail] = await mailsTo('edda@example.test')
    expect(mail!.text).toContain('Telemetrie prüfen')
    const resubmitted = await patch(editor, id, { reviewState: 'in_review' })
    expect(resubmitted.status).toBe(200)
    expect((await approve(rita, id)).status).toBe(200)
  })
})

describe('the review box', () => {
  it('lists the changes since the approval with who made them, and the comparison with the approved revision', async () => {
    const id = await draftProvider('Diff Messenger')
    expect((await patch(editor, id, { reviewState: 'in_review' })).status).toBe(200)
    expect((await approve(rita, id)).status).toBe(200)
    await patch(editor, id, { description: 'Jetzt mit Onion-Routing.' })
    await patch(berta, id, {
      citations: [{ url: vendorSourceUrl }, { url: 'https://getsession.org/privacy-policy' }],
    })
    const { status, body } = await rita.request('GET', `/api/providers/${id}/review`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ reviewState: 'draft', isEverApproved: true, isTakenOver: false })
    const byField = Object.fromEntries(
      (body.changes as { field: string }[]).map((change) => [change.field, change]),
    )
    expect(Object.keys(byField).sort()).toEqual(['citations', 'description'])
    expect(byField.description).toMatchObject({
      label: 'Beschreibung',
      before: ['Messenger ohne Telefonnummer.'],
      after: ['Jetzt mit Onion-Routing.'],
      by: ['Edda Engel'],
    })
    expect(byField.citations).toMatchObject({
      before: [],
      after: ['https://getsession.org/privacy-policy'],
      by: ['Berta Brandt'],
    })
    expect(body.compareUrl).toMatch(
      /\/admin\/collections\/providers\/.+\/versions\/.+\?versionFrom=/,
    )
    // Berta edited the revision: she is not offered as its reviewer.
    expect(body.reviewers.map((person: { name: string }) => person.name)).not.toContain(
      'Berta Brandt',
    )
    expect(
      (await restClient(server.url).request('GET', `/api/providers/${id}/review`)).status,
    ).toBe(403)
  })
})
