import type { Field } from 'payload'

/**
 * The page's frontmatter facts, one text field each, named exactly like the
 * frontmatter key the site reads. Values stay strings as on the page ("yes",
 * "partial", "180") so export writes them back byte for byte.
 */
type FactSpec = {
  name: string
  de: string
  en: string
  description?: { de: string; en: string }
  isTextarea?: boolean
}

const urlHint = {
  de: 'Link auf die Seite des Anbieters. Der Host zählt als Anbieter-Domain für die Quellenregel.',
  en: "Link to the vendor's page. Its host counts as a vendor domain for the source rule.",
}

const yesNo = {
  de: 'Auf der Seite: "yes", "no", "partial" …',
  en: 'On the page: "yes", "no", "partial" …',
}

const facts: FactSpec[] = [
  {
    name: 'repo',
    de: 'Quellcode',
    en: 'Source code',
    description: {
      de: 'Repository-Organisation (z. B. https://github.com/org). Host + erster Pfadteil zählen als Anbieter-Quelle.',
      en: 'Repository organisation (e.g. https://github.com/org). Host + first path segment count as a vendor source.',
    },
  },
  { name: 'license', de: 'Lizenz', en: 'License' },
  { name: 'privacy', de: 'Datenschutzerklärung', en: 'Privacy policy', description: urlHint },
  { name: 'terms', de: 'AGB / Terms', en: 'Terms of service', description: urlHint },
  {
    name: 'transparency',
    de: 'Transparenzbericht',
    en: 'Transparency report',
    description: urlHint,
  },
  {
    name: 'warrant_canary',
    de: 'Warrant Canary',
    en: 'Warrant canary',
    description: {
      de: 'Link oder "Nicht angegeben".',
      en: 'A link or "Nicht angegeben".',
    },
  },
  { name: 'pricing', de: 'Preismodell', en: 'Pricing' },
  { name: 'free_tier', de: 'Free Tier', en: 'Free tier', description: yesNo },
  { name: 'open_source', de: 'Open Source', en: 'Open source', description: yesNo },
  {
    name: 'self_host_possible',
    de: 'Self-Hosting möglich',
    en: 'Self-hosting possible',
    description: yesNo,
  },
  {
    name: 'account_required',
    de: 'Konto erforderlich',
    en: 'Account required',
    description: yesNo,
  },
  { name: 'phone_required', de: 'Telefon erforderlich', en: 'Phone required', description: yesNo },
  { name: 'kyc_required', de: 'KYC erforderlich', en: 'KYC required', description: yesNo },
  { name: 'jurisdiction', de: 'Jurisdiktion', en: 'Jurisdiction' },
  { name: 'region', de: 'Region (Code)', en: 'Region (code)' },
  { name: 'logs', de: 'Logs', en: 'Logs' },
  { name: 'retention', de: 'Aufbewahrung', en: 'Retention' },
  {
    name: 'retention_notes',
    de: 'Aufbewahrung – Notizen',
    en: 'Retention notes',
    isTextarea: true,
  },
  { name: 'retention_max_days', de: 'Aufbewahrung max. Tage', en: 'Retention max days' },
  {
    name: 'data_notes',
    de: 'Daten-Notizen',
    en: 'Data notes',
    isTextarea: true,
    description: {
      de: 'Erscheint im Datenblatt unter „Daten-Notizen (kurz)“.',
      en: 'Shown in the data sheet under "Daten-Notizen (kurz)".',
    },
  },
  { name: 'level', de: 'Level', en: 'Level' },
  { name: 'money', de: 'Monetarisierung', en: 'Money' },
  {
    name: 'robots',
    de: 'Robots',
    en: 'Robots',
    description: {
      de: 'Meta-Robots der Seite, z. B. "index,follow".',
      en: 'The page\'s robots meta, e.g. "index,follow".',
    },
  },
]

export const frontmatterFields: Field[] = facts.map((fact): Field => {
  const common = {
    name: fact.name,
    label: { de: fact.de, en: fact.en },
    admin: fact.description ? { description: fact.description } : {},
  }
  return fact.isTextarea ? { ...common, type: 'textarea' } : { ...common, type: 'text' }
})
