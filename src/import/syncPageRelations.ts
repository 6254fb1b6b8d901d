import type { Payload, PayloadRequest } from 'payload'

import type { LinkItem } from '../markdown/types'
import { parseSourceLine } from '../sources/parseSourceLine'
import { guessSourceKind } from './guessSourceKind'

type Scope = { payload: Payload; req: PayloadRequest; providerId: string }

/**
 * Makes the provider's imported sources match the page's "Quellen" lines: a line
 * already stored keeps its document (and what editors added, e.g. "linked from"),
 * new lines are created, imported lines gone from the page are removed. Sources
 * editors created in the admin (no raw line) are left alone.
 */
export const syncSources = async ({
  payload,
  req,
  providerId,
  lines,
}: Scope & { lines: string[] }) => {
  const { docs: existing } = await payload.find({
    collection: 'sources',
    where: { provider: { equals: providerId } },
    pagination: false,
    depth: 0,
    req,
  })
  const unused = existing.filter((source) => source.rawLine)
  for (const [position, rawLine] of lines.entries()) {
    const { url, title } = parseSourceLine(rawLine)
    const match = unused.findIndex((source) => source.rawLine === rawLine)
    const data = { provider: providerId, rawLine, url: url ?? null, title: title ?? null, position }
    if (match === -1) {
      await payload.create({
        collection: 'sources',
        data: { ...data, kind: guessSourceKind(url) },
        req,
      })
      continue
    }
    const [source] = unused.splice(match, 1)
    if (source && source.position !== position) {
      await payload.update({ collection: 'sources', id: source.id, data: { position }, req })
    }
  }
  for (const source of unused) {
    await payload.delete({ collection: 'sources', id: source.id, req })
  }
}

const auditLineOf = (link: LinkItem): string =>
  link.url ? `[${link.title}](${link.url})` : link.title

/** The same for the Datenblatt's "Audits (laut Anbieter)" lines and the audits collection. */
export const syncAudits = async ({
  payload,
  req,
  providerId,
  links,
}: Scope & { links: LinkItem[] }) => {
  const { docs: existing } = await payload.find({
    collection: 'audits',
    where: { provider: { equals: providerId } },
    pagination: false,
    depth: 0,
    req,
  })
  const unused = existing.filter((audit) => audit.rawLine)
  for (const [position, link] of links.entries()) {
    const rawLine = auditLineOf(link)
    const match = unused.findIndex((audit) => audit.rawLine === rawLine)
    if (match === -1) {
      await payload.create({
        collection: 'audits',
        data: { provider: providerId, title: link.title, reportUrl: link.url, rawLine, position },
        req,
      })
      continue
    }
    const [audit] = unused.splice(match, 1)
    if (audit && audit.position !== position) {
      await payload.update({ collection: 'audits', id: audit.id, data: { position }, req })
    }
  }
  for (const audit of unused) {
    await payload.delete({ collection: 'audits', id: audit.id, req })
  }
}
