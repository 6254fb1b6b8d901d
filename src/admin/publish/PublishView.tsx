import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { hasRole } from '../../access'
import { PublishPanel } from './PublishPanel'
import { adminTexts } from '../../i18n/admin/adminTexts'

/**
 * The admin view "Veröffentlichen" (`/admin/veroeffentlichen`) in the admin's frame:
 * the publish panel for publishers and admins, a short explanation for everyone else.
 */
export const PublishView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const texts = adminTexts(req.i18n.language).publish
  const canPublish = hasRole(req.user, 'publisher', 'admin')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{texts.title}</h1>
        {canPublish ? (
          <PublishPanel />
        ) : (
          <p role="alert" data-testid="publish-not-allowed">
            {texts.notAllowed}
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
