import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'
import { login } from '../helpers/rest'
import { sessionProviderData, vendorSourceUrl } from '../helpers/sessionProvider'
import type { TestSmtp } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { createUsers, testPassword } from '../helpers/users'

/**
 * Accounts under attack (issue "hardening, second round", items 1, 8, 14): password reset
 * answers at once and mails through the outbox, no auth operation waits for its own
 * transaction while saves run, login takes as long for an unknown address as for a wrong
 * password, and new passwords have at least 12 characters.
 */

let server: RunningServer
let smtp: TestSmtp
let admin: RestClient
let editor: RestClient

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const startedAt = performance.now()
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'de', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    ms: performance.now() - startedAt,
  }
}

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    name: 'accounts',
    env: { SMTP_URL: smtp.url, PROVIDER_DESK_ROLE: 'server' },
  })
  const clients = await createUsers({
    baseUrl: server.url,
    env: server.testEnv.vars,
    users: [
      { email: 'edda@example.test', name: 'Edda Engel', roles: ['editor'] },
      { email: 'rosa@example.test', name: 'Rosa Reset', roles: ['reviewer'] },
      { email: 'tim@example.test', name: 'Tim Takt', roles: ['editor'] },
    ],
  })
  editor = clients['edda@example.test']!
  admin = clients['admin@example.test']!
})

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('password reset', () => {
  it('answers at once and alike for a known and an unknown address', async () => {
    const known = await post('/api/users/forgot-password', { email: 'rosa@example.test' })
    const unknown = await post('/api/users/forgot-password', { email: 'niemand@example.test' })
    expect(known.status).toBe(200)
    expect(unknown).toMatchObject({ status: 200, body: known.body })
    expect(known.body.message).toContain('Wenn zu dieser Adresse ein Konto besteht')
    expect(Math.max(known.ms, unknown.ms)).toBeLessThan(2_000)
  })

  it('mails a link that sets a new password, and keeps no usable link in the outbox', async () => {
    const [mail] = await mailsTo('rosa@example.test')
    expect(mail!.subject).toBe('provider-desk: Passwort zurücksetzen')
    const link = mail!.text.match(/https?:\/\/\S+\/admin\/reset\/([0-9a-f]+)/)
    expect(link).not.toBeNull()
    const tooShort = await post('/api/users/reset-password', {
      token: link![1],
      password: 'kurz-11-zch',
    })
    expect(tooShort.status).toBe(400)
    expect(JSON.stringify(tooShort.body)).toContain('mindestens 12 Zeichen')
    const reset = await post('/api/users/reset-password', {
      token: link![1],
      password: 'ein neuer langer Satz',
    })
    expect(reset.status).toBe(200)
    await expect(
      login(server.url, 'rosa@example.test', 'ein neuer langer Satz'),
    ).resolves.toBeDefined()
    const outbox = await admin.request(
      'GET',
      '/api/reminders?where[period][equals]=password-reset&depth=0',
    )
    expect(outbox.body.docs).toHaveLength(1)
    expect(outbox.body.docs[0]).toMatchObject({ status: 'sent', to: 'rosa@example.test' })
    expect(outbox.body.docs[0].text).not.toContain(link![1])
    expect(outbox.body.docs[0].html).not.toContain(link![1])
  })

  it("refuses an address that is not one, in the asker's language", async () => {
    const german = await post('/api/users/forgot-password', { email: 'kein at' })
    expect(german.status).toBe(400)
    expect(german.body.errors[0].message).toContain('E-Mail-Adresse deines Kontos')
    const english = await post('/api/users/forgot-password', {}, { 'accept-language': 'en' })
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toContain('e-mail address of your account')
  })

  it('refuses the GraphQL mutation that would mail from inside the request', async () => {
    const { status, body } = await post('/api/graphql', {
      query: 'mutation { forgotPasswordUser(email: "rosa@example.test") }',
    })
    expect(JSON.stringify(body)).toContain('/api/users/forgot-password')
    expect(status).toBeLessThan(500)
  })
})

describe('auth operations while saves run', () => {
  it('answers every auth operation without waiting for its own transaction', async () => {
    const { body: created } = await editor.request('POST', '/api/providers', {
      ...sessionProviderData({ slug: 'auth-while-saving', citations: [{ url: vendorSourceUrl }] }),
    })
    const id = created.doc.id as string
    const leaving = await login(server.url, 'tim@example.test', testPassword)
    let isSaving = true
    const saveTimes: number[] = []
    const saving = (async () => {
      for (let round = 0; isSaving; round += 1) {
        const startedAt = performance.now()
        const { status } = await editor.request('PATCH', `/api/providers/${id}?draft=true`, {
          description: `Messenger ohne Telefonnummer, Runde ${round}.`,
        })
        expect(status).toBe(200)
        saveTimes.push(performance.now() - startedAt)
      }
    })()
    const operations = [
      () => post('/api/users/login', { email: 'tim@example.test', password: testPassword }),
      () => post('/api/users/login', { email: 'tim@example.test', password: 'falsches Passwort' }),
      () => post('/api/users/forgot-password', { email: 'tim@example.test' }),
      () =>
        post('/api/users/reset-password', {
          token: 'f'.repeat(40),
          password: 'ein langer Satz hier',
        }),
      () => post('/api/users/refresh-token', {}, { authorization: `JWT ${editor.token}` }),
      () =>
        post('/api/users/first-register', { email: 'neu@example.test', password: testPassword }),
      () =>
        post(
          '/api/users/unlock',
          { email: 'tim@example.test' },
          { authorization: `JWT ${admin.token}` },
        ),
      () => post('/api/users/logout', {}, { authorization: `JWT ${leaving.token}` }),
      async () => {
        const startedAt = performance.now()
        const response = await fetch(`${server.url}/api/users/me`, {
          headers: { authorization: `JWT ${editor.token}` },
        })
        return {
          status: response.status,
          body: await response.json(),
          ms: performance.now() - startedAt,
        }
      },
    ]
    const results = []
    for (const operation of operations) results.push(await operation())
    isSaving = false
    await saving
    for (const result of results) {
      expect(result.status, JSON.stringify(result.body)).toBeLessThan(500)
      expect(result.ms).toBeLessThan(5_000)
    }
    expect(Math.max(...saveTimes)).toBeLessThan(5_000)
  })
})

describe('login', () => {
  it('takes as long for an unknown address as for a wrong password', async () => {
    const unknown: number[] = []
    const wrong: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      unknown.push(
        (
          await post('/api/users/login', {
            email: `x${attempt}@example.test`,
            password: 'falsch falsch',
          })
        ).ms,
      )
      wrong.push(
        (await post('/api/users/login', { email: 'edda@example.test', password: 'falsch falsch' }))
          .ms,
      )
    }
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.5)
  })
})

describe('password policy', () => {
  it('refuses a new account whose password is shorter than 12 characters, naming the field', async () => {
    const { status, body } = await admin.request('POST', '/api/users', {
      email: 'kurz@example.test',
      password: 'elf-zeichen',
      roles: ['editor'],
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(body.errors[0].data.errors[0].message).toContain('12')
  })

  it('takes a password of 12 characters', async () => {
    const { status } = await admin.request('POST', '/api/users', {
      email: 'lang@example.test',
      password: 'zwoelf-zeich',
      roles: ['editor'],
    })
    expect(status).toBe(201)
  })
})
