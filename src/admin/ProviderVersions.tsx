import type { DocumentViewServerProps } from 'payload'
import { getTranslation } from '@payloadcms/translations'
import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'

import { reviewStateLabels } from '../../collections/fields/workflowFields'
import { idOf } from '../db/idOf'
import { dateText } from '../i18n/dates'
import { userNames } from '../workflow/userNames'
import { adminTexts } from '../i18n/admin/adminTexts'

/** Versions per page: a busy day of one profile. */
const perPage = 20

/**
 * The profile's "Versionen" tab: each saved revision with when (Berlin time), who saved it
 * and the review step it stands at, newest first; the published one marked, and every other
 * one linked to Payload's comparison with it. Replaces Payload's list, which shows a version
 * id and no author or step.
 */
export const ProviderVersions = async ({
  initPageResult,
  searchParams,
}: DocumentViewServerProps) => {
  const { req, docID, collectionConfig } = initPageResult
  if (!req.user || !docID || !collectionConfig) return null
  const language = req.i18n.language === 'en' ? 'en' : 'de'
  const texts = adminTexts(language)
  const page = Math.max(1, Number.parseInt(String(searchParams?.page ?? '1'), 10) || 1)
  const versions = await req.payload.findVersions({
    collection: 'providers',
    where: { parent: { equals: docID } },
    sort: '-updatedAt',
    limit: perPage,
    page,
    depth: 0,
    select: {
      updatedAt: true,
      latest: true,
      version: { _status: true, reviewState: true, lastEditor: true },
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const published = await req.payload.findVersions({
    collection: 'providers',
    where: { and: [{ parent: { equals: docID } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const publishedId = published.docs[0] ? String(published.docs[0].id) : null
  // A review step's version was saved by whoever took the step (its review record); any
  // other by the person who last changed the content.
  const steps = await req.payload.find({
    collection: 'reviews',
    where: {
      and: [
        { provider: { equals: docID } },
        { version: { in: versions.docs.map((doc) => String(doc.id)) } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { version: true, reviewer: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const stepTakers = new Map(steps.docs.map((review) => [review.version, idOf(review.reviewer)]))
  const savedBy = (doc: (typeof versions.docs)[number]) =>
    stepTakers.get(String(doc.id)) ?? idOf(doc.version.lastEditor)
  const names = await userNames(
    req.payload,
    versions.docs.flatMap((doc) => savedBy(doc) ?? []),
  )
  const base = `${req.payload.config.routes.admin}/collections/providers/${docID}/versions`
  const cell = { padding: '0.5rem 1rem 0.5rem 0', textAlign: 'left' as const }

  return (
    <>
      <SetDocumentStepNav
        collectionSlug="providers"
        id={docID}
        pluralLabel={getTranslation(collectionConfig.labels.plural, req.i18n)}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={texts.versionsTitle}
      />
      <main className="versions provider-versions">
        <Gutter className="versions__wrap">
          {versions.totalDocs === 0 ? (
            <p>{texts.versionsNone}</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>{texts.versionsSavedAt}</th>
                  <th style={cell}>{texts.versionsBy}</th>
                  <th style={cell}>{texts.versionsStep}</th>
                  <th style={cell}>{texts.versionsStatus}</th>
                  <th style={cell}>{texts.versionsCompare}</th>
                </tr>
              </thead>
              <tbody>
                {versions.docs.map((doc) => {
                  const id = String(doc.id)
                  const isPublished = id === publishedId
                  const status = isPublished
                    ? texts.versionsPublished
                    : doc.latest
                      ? texts.versionsLatest
                      : ''
                  const editor = names.get(savedBy(doc) ?? '')
                  return (
                    <tr
                      key={id}
                      data-version={id}
                      style={{ borderTop: '1px solid var(--theme-elevation-150)' }}
                    >
                      <td style={cell}>
                        <a href={`${base}/${id}`}>{dateText(String(doc.updatedAt), language)}</a>
                      </td>
                      <td style={cell}>{editor || texts.versionsByUnknown}</td>
                      <td style={cell}>
                        {doc.version.reviewState
                          ? reviewStateLabels[doc.version.reviewState][language]
                          : ''}
                      </td>
                      <td style={cell}>{status}</td>
                      <td style={cell}>
                        {publishedId && !isPublished ? (
                          <a href={`${base}/${id}?versionFrom=${encodeURIComponent(publishedId)}`}>
                            {texts.versionsCompareWithPublished}
                          </a>
                        ) : null}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          )}
          {versions.totalPages > 1 ? (
            <nav style={{ display: 'flex', gap: '1rem', marginTop: '1rem' }}>
              {versions.hasPrevPage ? (
                <a href={`${base}?page=${page - 1}`}>{texts.versionsNewer}</a>
              ) : null}
              <span>{texts.versionsPage(page, versions.totalPages)}</span>
              {versions.hasNextPage ? (
                <a href={`${base}?page=${page + 1}`}>{texts.versionsOlder}</a>
              ) : null}
            </nav>
          ) : null}
        </Gutter>
      </main>
    </>
  )
}
