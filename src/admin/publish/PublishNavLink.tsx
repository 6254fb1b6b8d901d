'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { hasRole } from '../../access'
import type { User } from '../../payload-types'
import { adminTexts } from '../../i18n/admin/adminTexts'

/** The navigation link to "Veröffentlichen", shown to publishers and admins. */
export const PublishNavLink = () => {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!hasRole(user, 'publisher', 'admin')) return null
  return (
    <Link
      href={`${config.routes.admin}/veroeffentlichen`}
      className="nav__link"
      id="nav-veroeffentlichen"
      style={{ display: 'block', padding: '0.25rem 0' }}
    >
      <span className="nav__link-label">{adminTexts(i18n.language).publish.navLink}</span>
    </Link>
  )
}
