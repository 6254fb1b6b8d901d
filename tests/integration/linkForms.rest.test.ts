import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPages } from '../../src/import/importPages'
import type { User } from '../../src/payload-types'
import type { RestClient } from '../helpers/rest'
import { sessionProviderData } from '../helpers/sessionProvider'
import type { RunningServer } from '../helpers/startServer'
import { startServer } from '../helpers/startServer'
import { fixturePage } from '../helpers/providerPages'
import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'
import { createLocalUser, createUsers } from '../helpers/users'

const review = 'legit-grade.example'
const script = 'javascript:alert(document.domain)'

type Node = Record<string, unknown>
const paragraph = (...children: Node[]) => [{ children }]
const link = (url: string, text = 'hier', bare = false): Node => ({
  type: 'link',
  url,
  ...(bare ? { bare: true } : {}),
  children: [{ text }],
})

let slugCount = 0
const providerWith = (fields: Record<string, unknown>) =>
  sessionProviderData({ slug: `links-${++slugCount}`, ...fields })

describe('link forms over REST', () => {
  let server: RunningServer
  let editor: RestClient
  let englishEditor: RestClient

  beforeAll(async () => {
    server = await startServer({ name: 'link-forms-rest' })
    const clients = await createUsers({
      baseUrl: server.url,
      env: server.testEnv.vars,
      users: [
        { email: 'editor@example.test', roles: ['editor'] },
        { email: 'english@example.test', roles: ['editor'], language: 'en' },
      ],
    })
    editor = clients['editor@example.test']!
    englishEditor = clients['english@example.test']!
  })

  afterAll(async () => {
    await server?.stop()
  })

  const create = (client: RestClient, fields: Record<string, unknown>) =>
    client.request('POST', '/api/providers', providerWith(fields))

  const submit = (id: string) =>
    editor.request('PATCH', `/api/providers/${id}`, { reviewState: 'in_review' })

  /** The field errors of a refused save. */
  const errorsOf = (response: { body: any }): { path: string; message: string }[] =>
    response.body.errors?.[0]?.data?.errors ?? []

  describe('a review site behind a link form the rule used to miss (item 4)', () => {
    it.each([
      ['an entity-encoded rich-text link', paragraph(link(`https:&#47;&#47;${review}/d`))],
      ['a one-slash rich-text link', paragraph(link(`http:/${review}/d`))],
      ['a scheme-relative rich-text link', paragraph(link(`//${review}/d`))],
    ])(
      'saves the draft with %s and refuses its submission, naming the host (400)',
      async (_name, openPoints) => {
        const created = await create(editor, { openPoints })
        expect(created.status).toBe(201)
        const submitted = await submit(created.body.doc.id)
        expect(submitted.status).toBe(400)
        const [error] = errorsOf(submitted)
        expect(error?.path).toBe('reviewState')
        expect(error?.message).toContain(review)
      },
    )

    it('lists the finding on the field that prints the link', async () => {
      const created = await create(editor, {
        features: [{ text: `[Test](https:&#47;&#47;${review}/d)` }],
      })
      const findings = await editor.request('GET', `/api/providers/${created.body.doc.id}/findings`)
      expect(findings.body.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code: 'source.rejected',
            field: 'features.0.text',
            value: `https://${review}/d`,
          }),
        ]),
      )
    })

    it('prints a bare link whose text is markup as a link to its own address only', async () => {
      const created = await create(editor, {
        setup: paragraph(
          link(
            'https://getsession.org/faq',
            `[x](https:&#47;&#47;${review}/d) <a href="https://${review}/e">`,
            true,
          ),
        ),
      })
      expect(created.status).toBe(201)
      const markdown = await editor.request(
        'GET',
        `/api/providers/${created.body.doc.id}/markdown?draft=true`,
      )
      expect(markdown.body).toContain(
        `[\\[x\\](https:\\&#47;\\&#47;${review}/d) \\<a href="https:<!---->//${review}/e">](https://getsession.org/faq)`,
      )
    })
  })

  describe('a javascript: link (item 5)', () => {
    it('refuses a draft with a javascript: rich-text link (400 on the field, in German)', async () => {
      const created = await create(editor, { openPoints: paragraph(link(script)) })
      expect(created.status).toBe(400)
      const [error] = errorsOf(created)
      expect(error?.path).toBe('openPoints')
      expect(error?.message).toContain(script)
      expect(error?.message).toContain('nur Links mit https:, http: oder mailto:')
      expect(error?.message).not.toContain('text.unsafe-link')
    })

    it('says it in English to an English-speaking editor', async () => {
      const created = await create(englishEditor, { openPoints: paragraph(link(script)) })
      expect(created.status).toBe(400)
      expect(errorsOf(created)[0]?.message).toContain('accepts only https:, http: and mailto:')
    })

    it('refuses it in a feature item added to a saved draft, naming the item', async () => {
      const created = await create(editor, {})
      const updated = await editor.request('PATCH', `/api/providers/${created.body.doc.id}`, {
        features: [{ text: 'Sicher' }, { text: `[klick](${script})` }],
      })
      expect(updated.status).toBe(400)
      expect(errorsOf(updated)[0]?.path).toBe('features.1.text')
    })

    it('refuses it as a citation URL, on the URL', async () => {
      const created = await create(editor, { citations: [{ url: script, title: 'FAQ' }] })
      expect(created.status).toBe(400)
      expect(errorsOf(created)[0]?.path).toBe('citations.0.url')
    })

    it('refuses a script element in a rich text', async () => {
      const created = await create(editor, {
        openPoints: [{ type: 'html', html: '<script>alert(1)</script>', children: [{ text: '' }] }],
      })
      expect(created.status).toBe(400)
      expect(errorsOf(created)[0]).toMatchObject({ path: 'openPoints' })
      expect(errorsOf(created)[0]?.message).toContain('<script>')
    })

    it('saves mailto:, an anchor and a vendor page', async () => {
      const created = await create(editor, {
        openPoints: paragraph(
          link('mailto:support@getsession.org'),
          link('#datenblatt'),
          link('https://getsession.org/faq'),
        ),
      })
      expect(created.status).toBe(201)
      expect((await submit(created.body.doc.id)).status).toBe(200)
    })
  })
})

describe('the importer keeps a javascript: link as an error finding (item 5)', () => {
  let payload: Payload
  let testEnv: TestEnv
  let editor: User
  let dir: string

  beforeAll(async () => {
    ;({ payload, testEnv } = await openTestPayload('link-forms-import'))
    editor = await createLocalUser({ payload, email: 'ida@example.test', roles: ['editor'] })
    dir = mkdtempSync(path.join(tmpdir(), 'link-forms-'))
  })

  afterAll(async () => {
    await closeTestPayload({ payload, testEnv })
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports the page as a draft, reports the finding and refuses its submission', async () => {
    const page = fixturePage('nebel-vpn.md').replace(
      '## Alternativen\n',
      `## Alternativen\n- [Klick](${script})\n`,
    )
    const file = path.join(dir, 'nebel-vpn.md')
    writeFileSync(file, page)
    const report = await importPages({ payload, paths: [file] })
    expect(report.failed).toBe(0)
    expect(report.files[0]?.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'text.unsafe-link',
          severity: 'error',
          field: 'alternatives.0.text',
          value: script,
        }),
      ]),
    )
    const { docs } = await payload.find({
      collection: 'providers',
      where: { slug: { equals: 'nebel-vpn' } },
      draft: true,
    })
    const refused = await payload
      .update({
        collection: 'providers',
        id: docs[0]!.id,
        data: { reviewState: 'in_review' },
        user: editor,
        overrideAccess: false,
      })
      .then(
        () => null,
        (err: { data?: { errors?: { path: string; message: string }[] } }) => err,
      )
    expect(refused?.data?.errors?.[0]?.path).toBe('reviewState')
    expect(refused?.data?.errors?.[0]?.message).toContain(script)
  })
})
