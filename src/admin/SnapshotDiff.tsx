import type { Payload, UIFieldServerProps } from 'payload'

import { dateText } from '../i18n/dates'
import { languageFrom } from '../i18n/messages'
import { compactDiff, diffText } from '../watch/diffText'
import { TextDiffView } from './TextDiffView'
import { adminTexts } from '../i18n/admin/adminTexts'
import { idOf } from '../db/idOf'

/** The snapshot of the same source stored just before this one, if any. */
const previousOf = async ({
  payload,
  sourceId,
  fetchedAt,
}: {
  payload: Payload
  sourceId: string
  fetchedAt: string
}) => {
  const { docs } = await payload.find({
    collection: 'snapshots',
    where: { and: [{ source: { equals: sourceId } }, { fetchedAt: { less_than: fetchedAt } }] },
    sort: '-fetchedAt',
    limit: 1,
    depth: 0,
    select: { fetchedAt: true, text: true },
  })
  return docs[0] ?? null
}

/**
 * At the top of a snapshot's edit view: what changed against the snapshot of the same
 * source before it (the source's history is its "Verlauf" list). A server component.
 */
export const SnapshotDiff = async ({ data, payload, i18n }: UIFieldServerProps) => {
  const texts = adminTexts(i18n.language)
  const sourceId = idOf(data?.source)
  const fetchedAt = typeof data?.fetchedAt === 'string' ? data.fetchedAt : null
  if (!sourceId || !fetchedAt) return null
  const previous = await previousOf({ payload, sourceId, fetchedAt })
  if (!previous) return <p className="snapshot-diff snapshot-diff--first">{texts.snapshotFirst}</p>
  const diff = diffText({ before: previous.text ?? '', after: String(data?.text ?? '') })
  return (
    <section className="snapshot-diff" style={{ marginBottom: '1.5rem' }}>
      {data?.isRebaseline ? <p>{texts.snapshotRebaseline}</p> : null}
      <p>{texts.snapshotAgainst(dateText(previous.fetchedAt, languageFrom(i18n.language)))}</p>
      <TextDiffView parts={compactDiff(diff)} skippedLabel={texts.diffSkipped} />
    </section>
  )
}
