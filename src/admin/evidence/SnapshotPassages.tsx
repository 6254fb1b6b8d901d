import type { UIFieldServerProps } from 'payload'

import { idOf } from '../../db/idOf'
import { relocateEvidence } from '../../evidence/verify'
import { adminTexts } from '../../i18n/admin/adminTexts'

type Marked = { start: number; end: number; title: string }

/**
 * Above a snapshot's text: the text with every passage that approved evidence quotes
 * from this document marked (the approved revisions of every profile whose evidence
 * points at the snapshot's source), each titled with its profile and claim. A passage
 * is located as the watch locates it (`relocateEvidence`); one that no longer stands in
 * this text is not marked. A server component, read as the person who opened the view.
 */
export const SnapshotPassages = async ({ data, req, i18n }: UIFieldServerProps) => {
  const texts = adminTexts(i18n.language).evidence
  const sourceId = idOf(data?.source)
  const text = typeof data?.text === 'string' ? data.text : ''
  if (!sourceId || !text) return null
  const source = await req.payload.findByID({
    collection: 'sources',
    id: sourceId,
    depth: 0,
    select: { url: true },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (!source?.url) return null
  const { docs: providers } = await req.payload.find({
    collection: 'providers',
    where: { 'evidence.url': { equals: source.url } },
    draft: false,
    pagination: false,
    depth: 0,
    select: { name: true, evidence: true },
    user: req.user,
    overrideAccess: false,
    req,
  })
  const marked: Marked[] = providers
    .flatMap((provider) =>
      relocateEvidence({ evidence: provider.evidence, url: source.url, text }).flatMap(
        ({ claim, relocation }) =>
          relocation.state === 'holds'
            ? [
                {
                  start: relocation.found.start,
                  end: relocation.found.end,
                  title: texts.snapshotPassageTitle(provider.name, claim),
                },
              ]
            : [],
      ),
    )
    .sort((a, b) => a.start - b.start)
    // Overlapping passages: the first one marks the stretch.
    .filter((mark, index, all) => index === 0 || mark.start >= all[index - 1]!.end)
  if (marked.length === 0) return null
  const pieces: React.ReactNode[] = []
  let at = 0
  for (const [index, mark] of marked.entries()) {
    pieces.push(text.slice(at, mark.start))
    pieces.push(
      <mark
        key={mark.start}
        id={`belegte-stelle-${index + 1}`}
        data-anchored-passage
        title={mark.title}
        style={{
          background: 'var(--theme-success-150, var(--theme-success-100))',
          color: 'inherit',
        }}
      >
        {text.slice(mark.start, mark.end)}
      </mark>,
    )
    at = mark.end
  }
  pieces.push(text.slice(at))
  return (
    <section className="snapshot-passages" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.25rem' }}>{texts.snapshotPassages(marked.length)}</p>
      {/* Each passage links to its mark: the text is long, the marks are far down. */}
      <ol style={{ margin: '0 0 0.75rem' }}>
        {marked.map((mark, index) => (
          <li key={mark.start}>
            <a href={`#belegte-stelle-${index + 1}`}>{mark.title}</a>
          </li>
        ))}
      </ol>
      <div
        style={{
          whiteSpace: 'pre-wrap',
          maxHeight: '24rem',
          overflow: 'auto',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 4,
          padding: '0.5rem 0.75rem',
          lineHeight: 1.5,
          fontSize: '0.85rem',
        }}
      >
        {pieces}
      </div>
    </section>
  )
}
