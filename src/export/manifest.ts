import { readFile } from 'node:fs/promises'
import { z } from 'zod'

import { ManifestError } from './errors'
import { manifestPath } from './exportPaths'
import { writeFileAtomic } from './writeFileAtomic'

const entrySchema = z.object({
  slug: z.string(),
  providerId: z.string(),
  /** Published revision + sources + audits the page was rendered from. */
  fingerprint: z.string(),
  sha256: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
})

const manifestSchema = z.object({
  version: z.literal(1),
  pages: z.record(z.string(), entrySchema),
})

export type ManifestEntry = z.infer<typeof entrySchema>
export type Manifest = z.infer<typeof manifestSchema>

export const emptyManifest = (): Manifest => ({ version: 1, pages: {} })

/** The site's export manifest; none yet is an empty one, a damaged one is an error. */
export const readManifest = async (siteDir: string): Promise<Manifest> => {
  const file = manifestPath(siteDir)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest()
    throw err
  }
  const damaged = (reason: string) =>
    new ManifestError(
      `${file} is not a provider-desk export manifest (${reason}). Restore it from git, or delete it to start over (the next export then rewrites every page it owns).`,
    )
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw damaged((err as Error).message)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw damaged(parsed.error.issues[0]?.message ?? 'unexpected shape')
  return parsed.data
}

export const writeManifest = async (siteDir: string, manifest: Manifest): Promise<void> => {
  const sorted = Object.fromEntries(
    Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)),
  )
  await writeFileAtomic(
    manifestPath(siteDir),
    JSON.stringify({ ...manifest, pages: sorted }, null, 2) + '\n',
  )
}
