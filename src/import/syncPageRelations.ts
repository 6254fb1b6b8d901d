import type { Payload, PayloadRequest } from 'payload'

import type { Audit, Source } from '../payload-types'
import type { LinkItem } from '../markdown/types'
import { parseSourceLine } from '../sources/parseSourceLine'
import { guessSourceKind } from './guessSourceKind'

type Scope = { payload: Payload; req: PayloadRequest; providerId: string }

/** Deletes the given documents with one query (none: no query). */
const deleteAll = async ({
  payload,
  req,
  collection,
  ids,
}: {
  payload: Payload
  req: PayloadRequest
  collection: 'sources' | 'audits'
  ids: string[]
}) => {
  if (ids.length === 0) return
  await payload.delete({ collection, where: { id: { in: ids } }, req })
}

/**
 * Makes the provider's imported sources match the page's "Quellen" lines: a line
 * already stored keeps its document (and what editors added, e.g. "linked from"),
 * new lines are created, imported lines gone from the page are removed. Sources
 * editors created in the admin (no raw line) are left alone. `existing` are the
 * provider's stored sources (the caller read them; none for a new provider).
 */
export const syncSources = async ({
  payload,
  req,
  providerId,
  lines,
  existing,
}: Scope & { lines: string[]; existing: readonly Source[] }) => {
  const unused = existing.filter((source) => source.rawLine)
  for (const [position, rawLine] of lines.entries()) {
    const { url, title } = parseSourceLine(rawLine)
    const match = unused.findIndex((source) => source.rawLine === rawLine)
    const data = { provider: providerId, rawLine, url: url ?? null, title: title ?? null, position }
    if (match === -1) {
      await payload.create({
        collection: 'sources',
        data: { ...data, kind: guessSourceKind(url) },
        depth: 0,
        req,
      })
      continue
    }
    const [source] = unused.splice(match, 1)
    if (source && source.position !== position) {
      await payload.update({
        collection: 'sources',
        id: source.id,
        data: { position },
        depth: 0,
        req,
      })
    }
  }
  const ids = unused.map((source) => source.id)
  await deleteAll({ payload, req, collection: 'sources', ids })
}

const auditLineOf = (link: LinkItem): string =>
  link.url ? `[${link.title}](${link.url})` : link.title

/** The same for the Datenblatt's "Audits (laut Anbieter)" lines and the audits collection. */
export const syncAudits = async ({
  payload,
  req,
  providerId,
  links,
  existing,
}: Scope & { links: LinkItem[]; existing: readonly Audit[] }) => {
  const unused = existing.filter((audit) => audit.rawLine)
  for (const [position, link] of links.entries()) {
    const rawLine = auditLineOf(link)
    const match = unused.findIndex((audit) => audit.rawLine === rawLine)
    if (match === -1) {
      await payload.create({
        collection: 'audits',
        data: { provider: providerId, title: link.title, reportUrl: link.url, rawLine, position },
        depth: 0,
        req,
      })
      continue
    }
    const [audit] = unused.splice(match, 1)
    if (audit && audit.position !== position) {
      await payload.update({
        collection: 'audits',
        id: audit.id,
        data: { position },
        depth: 0,
        req,
      })
    }
  }
  const ids = unused.map((audit) => audit.id)
  await deleteAll({ payload, req, collection: 'audits', ids })
}
