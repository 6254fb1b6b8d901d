/**
 * Datenblatt row labels of the site's provider page → the frontmatter key each one
 * repeats. Rows not listed here (e.g. "Zahlungsabwicklung") have no frontmatter twin
 * and are not compared.
 */
export const datasheetLabels: Readonly<Record<string, string>> = {
  Anbieter: 'name',
  Kategorie: 'category',
  Website: 'website',
  Quellcode: 'repo',
  Lizenz: 'license',
  Preismodell: 'pricing',
  'Free Tier': 'free_tier',
  'Open Source': 'open_source',
  'Self-Hosting möglich': 'self_host_possible',
  'Konto erforderlich': 'account_required',
  'Telefon erforderlich': 'phone_required',
  'KYC erforderlich': 'kyc_required',
  Jurisdiktion: 'jurisdiction',
  Region: 'region',
  Logs: 'logs',
  Retention: 'retention_notes',
}
