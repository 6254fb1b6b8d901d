import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import type { TestEnv } from '../helpers/testEnv'
import { closeTestPayload, openTestPayload } from '../helpers/testPayload'

let payload: Payload
let testEnv: TestEnv

beforeAll(async () => {
  ;({ payload, testEnv } = await openTestPayload('providers-roundtrip'))
})

afterAll(async () => {
  await closeTestPayload({ payload, testEnv })
})

describe('providers through the Payload config', () => {
  it('saves a draft with only name, slug, category and website', async () => {
    const created = await payload.create({
      collection: 'providers',
      draft: true,
      data: {
        name: 'Example Mail',
        slug: 'example-mail',
        category: 'E-Mail',
        website: 'https://mail.example.org',
      },
    })
    const found = await payload.findByID({ collection: 'providers', id: created.id, draft: true })
    expect(found).toMatchObject({
      name: 'Example Mail',
      slug: 'example-mail',
      category: 'E-Mail',
      website: 'https://mail.example.org',
      reviewState: 'draft',
      _status: 'draft',
    })
    expect(typeof found.id).toBe('string')
  })

  it('derives the slug from the name when none is given', async () => {
    const created = await payload.create({
      collection: 'providers',
      draft: true,
      data: { name: 'Tuta Mail Ümlaut', slug: '', category: 'E-Mail', website: 'https://tuta.com' },
    })
    expect(created.slug).toBe('tuta-mail-umlaut')
  })

  it('refuses a second provider with the same slug', async () => {
    await expect(
      payload.create({
        collection: 'providers',
        draft: true,
        data: {
          name: 'Other',
          slug: 'example-mail',
          category: 'E-Mail',
          website: 'https://other.example',
        },
      }),
    ).rejects.toThrow(/slug/i)
  })

  it('keeps every frontmatter fact and the page extras as saved', async () => {
    const facts = {
      license: 'GPL-3.0-only (Client-Repos, z.B. "session-desktop")',
      retention_notes: 'Zeile eins\nZeile zwei mit # und ---',
      free_tier: 'yes',
      retention_max_days: '180',
    } as const
    const extras = {
      frontmatter: [{ key: 'x_custom', value: { nested: [1, 'two'] }, after: 'sources' }],
    }
    const created = await payload.create({
      collection: 'providers',
      draft: true,
      data: {
        name: 'Facts',
        slug: 'facts',
        category: 'VPN',
        website: 'https://vpn.example',
        ...facts,
        pageExtras: extras,
      },
    })
    const found = await payload.findByID({ collection: 'providers', id: created.id, draft: true })
    expect(found).toMatchObject(facts)
    expect(found.pageExtras).toEqual(extras)
  })
})
