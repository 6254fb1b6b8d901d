type UserFacingError = Error & { code: string; status: number }

/** An expected error whose message is written for the person who caused it: a stable `code` and a status under 500. */
export const isUserFacingError = (err: unknown): err is UserFacingError => {
  if (!(err instanceof Error)) return false
  const { code, status } = err as Partial<UserFacingError>
  return typeof code === 'string' && typeof status === 'number' && status < 500
}
