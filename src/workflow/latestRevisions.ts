import type {
  Payload,
  PayloadRequest,
  SelectIncludeType,
  TypedCollectionSelect,
  Where,
} from 'payload'

/**
 * The latest revision of a profile (its newest draft, else the published version): what
 * the team works on and the workflow judges. Read as the system (the callers check who
 * asks), with relations as ids.
 */

/** One profile's latest revision (`select`: only those fields), `null` when there is none. */
export const latestRevisionOf = <TSelect extends TypedCollectionSelect['providers']>({
  id,
  select,
  req,
}: {
  id: number | string
  select?: TSelect
  req: PayloadRequest
}) =>
  req.payload.findByID({
    collection: 'providers',
    id,
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select,
    req,
  })

/**
 * Every profile's latest revision, a few columns each (`version`: the fields to read), in
 * one read through the adapter: Payload's read walk over each document's fields would cost
 * more than the query (docs/benchmarks.md). `where` narrows them; the adapter reads the
 * versions table, so its fields are under `version` (`'version.updated'`). The adapter
 * answers with the document's id and the version's fields.
 */
export const latestRevisionsOf = async <T>({
  payload,
  version,
  where,
  req,
}: {
  payload: Payload
  version: SelectIncludeType
  where?: Where
  req?: PayloadRequest
}): Promise<T[]> => {
  const { docs } = await payload.db.queryDrafts<T>({
    collection: 'providers',
    pagination: false,
    limit: 0,
    where,
    select: { parent: true, version },
    req,
  })
  return docs
}
