import { describe, expect, it } from 'vitest'

import { sectionTemplates } from '../../../src/markdown/sections'
import type { ProviderPage } from '../../../src/markdown/types'

const kurzprofil = sectionTemplates.find((template) => template.id === 'kurzprofil')!

const sentenceOf = (name: string, category: string): string =>
  kurzprofil
    .render({ frontmatter: { name, category } } as unknown as ProviderPage)
    .split('. Fokus')[0]!

describe('the Kurzprofil sentence', () => {
  it.each([
    ['Session', 'Messenger', 'Session ist ein Anbieter aus der Kategorie **Messenger**'],
    ['# Gefälscht', 'VPN', '\\# Gefälscht ist ein Anbieter aus der Kategorie **VPN**'],
    ['> Zitat', 'VPN', '\\> Zitat ist ein Anbieter aus der Kategorie **VPN**'],
    ['- Liste', 'VPN', '\\- Liste ist ein Anbieter aus der Kategorie **VPN**'],
    ['Session', '**fett**', 'Session ist ein Anbieter aus der Kategorie **\\*\\*fett\\*\\***'],
    [
      '[Link](https://x.example)',
      'VPN',
      '\\[Link](https://x.example) ist ein Anbieter aus der Kategorie **VPN**',
    ],
    ['<script>', 'VPN', '\\<script> ist ein Anbieter aus der Kategorie **VPN**'],
  ])('escapes name %j and category %j', (name, category, expected) => {
    expect(sentenceOf(name, category)).toBe(expected)
  })
})
