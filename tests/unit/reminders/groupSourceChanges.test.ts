import { describe, expect, it } from 'vitest'

import { groupSourceChanges, sectionChangeIds } from '../../../src/reminders/groupSourceChanges'
import { aSectionChange } from './factories'

const privacy = 'https://getsession.org/privacy-policy'
const terms = 'https://getsession.org/terms-of-service'

describe('groupSourceChanges', () => {
  it('makes one block per URL, in URL order', () => {
    const sources = groupSourceChanges([
      aSectionChange({ id: 'c-terms', url: terms }),
      aSectionChange({ id: 'c-privacy', url: privacy }),
    ])
    expect(sources.map((source) => source.url)).toEqual([privacy, terms])
  })

  it('lists the profiles that share an excerpt once under it, by name', () => {
    const sources = groupSourceChanges([
      aSectionChange({
        id: 'c-2',
        providerId: 'p-signal',
        providerSlug: 'signal',
        providerName: 'Signal',
      }),
      aSectionChange({ id: 'c-1', isUnassigned: true }),
    ])
    expect(sources).toEqual([
      {
        url: privacy,
        excerpts: [
          {
            excerpt: '- We do not store IP addresses.\n+ We store IP addresses for 7 days.',
            claims: [],
            profiles: [
              {
                changeIds: ['c-1'],
                id: 'p-session',
                slug: 'session',
                name: 'Session',
                isUnassigned: true,
              },
              {
                changeIds: ['c-2'],
                id: 'p-signal',
                slug: 'signal',
                name: 'Signal',
                isUnassigned: false,
              },
            ],
          },
        ],
      },
    ])
  })

  it('lists a profile once with all its changes when the document changed again before the digest', () => {
    const sources = groupSourceChanges([
      aSectionChange({ id: 'c-first', detectedAt: '2026-11-20T05:00:00.000Z' }),
      aSectionChange({ id: 'c-again', detectedAt: '2026-11-21T05:00:00.000Z' }),
    ])
    expect(sources[0]?.excerpts.map((block) => block.profiles)).toEqual([
      [expect.objectContaining({ changeIds: ['c-first', 'c-again'] })],
    ])
    expect(sectionChangeIds(sources)).toEqual(['c-again', 'c-first'])
  })

  it('keeps different excerpts of one URL apart, the one detected first first', () => {
    const sources = groupSourceChanges([
      aSectionChange({
        id: 'c-late',
        providerId: 'p-signal',
        providerName: 'Signal',
        excerpt: '+ later text',
        detectedAt: '2026-11-22T04:00:00.000Z',
      }),
      aSectionChange({ id: 'c-early', excerpt: '+ earlier text' }),
    ])
    expect(
      sources[0]?.excerpts.map((block) => [block.excerpt, block.profiles.map((p) => p.name)]),
    ).toEqual([
      ['+ earlier text', ['Session']],
      ['+ later text', ['Signal']],
    ])
  })

  it('yields nothing for no changes', () => {
    expect(groupSourceChanges([])).toEqual([])
  })
})

describe('sectionChangeIds', () => {
  it('collects every change id of a section, sorted', () => {
    const sources = groupSourceChanges([
      aSectionChange({ id: 'c-b', url: terms }),
      aSectionChange({ id: 'c-c', excerpt: '+ other' }),
      aSectionChange({ id: 'c-a' }),
    ])
    expect(sectionChangeIds(sources)).toEqual(['c-a', 'c-b', 'c-c'])
  })
  it('keeps profiles apart whose quoted passages fared differently under one excerpt', () => {
    const claim = {
      claim: 'Löschung nach Inaktivität',
      state: 'edited' as const,
      before: 'mindestens 6 Monate lang',
      after: 'mindestens 18 Monate lang',
    }
    const sources = groupSourceChanges([
      aSectionChange({ id: 'c-1', claims: [claim] }),
      aSectionChange({
        id: 'c-2',
        providerId: 'p-signal',
        providerSlug: 'signal',
        providerName: 'Signal',
      }),
    ])
    expect(
      sources[0]?.excerpts.map((block) => [block.claims, block.profiles.map((p) => p.slug)]),
    ).toEqual([
      [[claim], ['session']],
      [[], ['signal']],
    ])
  })
})
