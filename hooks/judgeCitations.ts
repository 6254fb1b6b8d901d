import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import type { Provider } from '../src/payload-types'
import type { EntryJudgement } from '../src/sources/judge'
import { textFor } from '../src/i18n/messages'
import { judgeRevision } from '../src/sources/judge'
import { storedReason } from '../src/sources/storedVerdict'
import { isImport } from '../src/workflow/context'

type Entry = {
  url?: string | null
  reportUrl?: string | null
  title?: string | null
  linkedFrom?: string | null
  rawLine?: string | null
}

const contentKey = (entry: Entry): string =>
  JSON.stringify([
    entry.url ?? entry.reportUrl ?? null,
    entry.title ?? null,
    entry.linkedFrom ?? null,
    entry.rawLine ?? null,
  ])

/** Rejected entries of this save that the stored revision did not hold as they are. */
const newlyRejected = ({
  entries,
  judgements,
  previous,
}: {
  entries: readonly Entry[]
  judgements: readonly EntryJudgement[]
  previous: readonly Entry[]
}): EntryJudgement[] => {
  const stored = new Set(previous.map(contentKey))
  return judgements.filter(
    (judgement, index) =>
      judgement.verdict === 'rejected' && !stored.has(contentKey(entries[index]!)),
  )
}

const withJudgements = <T extends object>(
  entries: readonly T[],
  judgements: readonly EntryJudgement[],
): T[] =>
  entries.map((entry, index) => {
    const { verdictReason, ...judgement } = judgements[index]!
    return { ...entry, ...judgement, verdictReason: storedReason(verdictReason) }
  })

/**
 * The primary-source rule on every save of a provider: every citation, audit report
 * and address in the Datenblatt texts is judged against the vendor domains of this
 * same revision (`judgeRevision`), and each entry stores its `verdict`,
 * `verdictReason` and `findings` (as message codes, read in the reader's language:
 * `storedVerdict`). A person's save that adds or changes a citation or audit the rule
 * rejects fails with a 400 naming each one (`citations.3.url`) and why, in their language;
 * entries stored before keep their new verdict (an error finding blocks approval).
 * The importer keeps rejected entries, so no line of a page is lost.
 */
export const judgeCitations: CollectionBeforeChangeHook<Provider> = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const revision = { ...originalDoc, ...data }
  const citations = revision.citations ?? []
  const audits = revision.audits ?? []
  const judged = judgeRevision({ ...revision, citations, audits })
  if (req.user && !isImport(context)) {
    const refused = [
      ...newlyRejected({
        entries: citations,
        judgements: judged.citations,
        previous: originalDoc?.citations ?? [],
      }),
      ...newlyRejected({
        entries: audits,
        judgements: judged.audits,
        previous: originalDoc?.audits ?? [],
      }),
    ]
    if (refused.length > 0) {
      throw new ValidationError(
        {
          collection: 'providers',
          errors: refused.flatMap((judgement) =>
            judgement.findings
              .filter((finding) => finding.severity === 'error')
              .map((finding) => ({ path: finding.field, message: textFor(req, finding) })),
          ),
        },
        req.t,
      )
    }
  }
  return {
    ...data,
    citations: withJudgements(citations, judged.citations),
    audits: withJudgements(audits, judged.audits),
  }
}
