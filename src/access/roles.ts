import type { User } from '../payload-types'

export const roles = ['admin', 'editor', 'reviewer', 'publisher'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

/** A member of the editorial team: any role at all. */
export const isTeamMember = (user: MaybeUser): boolean => hasRole(user, ...roles)
