import { pbkdf2, randomBytes } from 'node:crypto'

import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'
import { APIError, ValidationError } from 'payload'

import { message, textFor } from '../i18n/messages'

/**
 * What the accounts' passwords must be, and login that tells no one which addresses
 * have an account (docs/security.md).
 *
 * - A new password has at least `minPasswordLength` characters, wherever it is set: the
 *   admin's account view, `POST /api/users`, the CLI's `user add`, a reset. Passwords
 *   set before stay valid until their owner changes them.
 * - A login for an address without an account, or for a locked one, does the work of a
 *   wrong password (one PBKDF2 of Payload's current strength) before Payload refuses it:
 *   without it the answer came in 10–20 ms instead of about 500 ms.
 */

export const minPasswordLength = 12

/**
 * How long an account stays locked after `maxLoginAttempts` failed logins. The login's
 * answer names it (src/i18n/admin/payloadTranslations.ts).
 */
export const lockTimeMs = 10 * 60 * 1000

const tooShort = (password: unknown): boolean =>
  typeof password === 'string' && [...password].length < minPasswordLength

const tooShortError = (req: Parameters<CollectionBeforeValidateHook>[0]['req']) =>
  new ValidationError(
    {
      collection: 'users',
      errors: [
        {
          message: textFor(req, message('auth.password-too-short', { min: minPasswordLength })),
          path: 'password',
        },
      ],
    },
    req.t,
  )

/** Refuses a password under the minimum on create and update. */
export const refuseShortPassword: CollectionBeforeValidateHook = ({ data, req }) => {
  if (tooShort(data?.password)) throw tooShortError(req)
  return data
}

/** Payload's reset and first-register operations set the password without the validate hook. */
export const refuseShortPasswordOnReset: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (operation === 'resetPassword' && tooShort(password)) {
    // The reset form shows a plain error as its message, a field error only as "fix the fields".
    throw new APIError(
      textFor(req, message('auth.password-too-short', { min: minPasswordLength })),
      400,
      undefined,
      true,
    )
  }
  return args
}

/** Payload's current password hash: PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
const hashLikePayload = (password: string): Promise<void> =>
  new Promise((resolve, reject) => {
    pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', (err) =>
      err ? reject(err) : resolve(),
    )
  })

/**
 * Before Payload's login: an address without an account (or a locked account, which
 * Payload refuses before hashing) costs one hash too. The lookup is the one Payload makes.
 */
export const equalLoginWork: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return args
  const user = await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  const isLocked = Boolean(user?.lockUntil && Date.parse(user.lockUntil) > Date.now())
  if (!user || isLocked) await hashLikePayload(password)
  return args
}
