'use client'
import type { ReactNode } from 'react'
import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import type { User } from '../payload-types'

/**
 * One language setting: the account's `language` (collections/Users.ts) sets the admin's
 * language too. Payload's own selector in the account view is hidden (custom.scss); when
 * the account's language and the admin's differ, the admin switches once to the account's.
 */
export const AccountLanguage = ({ children }: { children: ReactNode }) => {
  const { user } = useAuth<User>()
  const { i18n, switchLanguage } = useTranslation()
  const chosen = user?.language
  const switchedTo = useRef<string | null>(null)
  useEffect(() => {
    if (!chosen || !switchLanguage || chosen === i18n.language) return
    if (switchedTo.current === chosen) return
    switchedTo.current = chosen
    void switchLanguage(chosen)
  }, [chosen, i18n.language, switchLanguage])
  return children
}
