/**
 * provider-desk's face in the admin: the mark (nav and favicon size), the logo on the
 * login page, and one line under it saying what this is.
 */
import type { ServerProps } from 'payload'

import { adminTexts } from '../i18n/admin/adminTexts'
import { languageFrom } from '../i18n/messages'

/** A page with a check mark: a profile that rests on its sources. */
const Mark = ({ size }: { size: number }) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect
      x="3"
      y="2"
      width="18"
      height="20"
      rx="3"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    />
    <path d="M7 7h10M7 11h6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    <path
      d="M9 16.5l2 2 4-4.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)

/** `admin.components.graphics.Icon`: the mark in the nav. */
export const Icon = () => <Mark size={24} />

/** `admin.components.graphics.Logo`: the mark and the name on the login page. */
export const Logo = () => (
  <span className="provider-desk-logo">
    <Mark size={40} />
    <span className="provider-desk-logo__name">provider-desk</span>
  </span>
)

/** `admin.components.beforeLogin`: what this is, in the admin's language. */
export const BeforeLogin = ({ i18n }: ServerProps) => (
  <p className="provider-desk-tagline">{adminTexts(languageFrom(i18n?.language)).tagline}</p>
)
