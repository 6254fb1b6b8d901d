import type { ProviderPage } from './types'
import { frontmatterKeys } from '../mapping/facts'

/** A page with every field empty; the starting point for parsing and for factories. */
export const emptyPage = (): ProviderPage => ({
  frontmatter: Object.fromEntries(
    frontmatterKeys.map((key) => [key, '']),
  ) as ProviderPage['frontmatter'],
  missingFrontmatterKeys: [],
  frontmatterExtra: [],
  frontmatterSource: null,
  bodyPreamble: '',
  fitFor: [],
  lessFitFor: [],
  mainTradeoff: [],
  quickActions: [],
  decisionGuide: [],
  datasheet: [],
  legalLinks: [],
  auditLinks: [],
  dataNotes: '',
  privacyFacts: [],
  telemetry: [],
  securityPoints: [],
  setup: [],
  features: [],
  alternatives: [],
  openPoints: [],
  sources: [],
  sectionOverrides: [],
  missingSections: [],
  sectionOrder: null,
  extraSections: [],
})
