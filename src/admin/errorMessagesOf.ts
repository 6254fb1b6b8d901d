type ErrorEntry = {
  message?: unknown
  data?: { code?: unknown; errors?: { message?: unknown }[] }
}

export type ApiRefusal = { codes: string[]; messages: string[] }

/**
 * The reasons in a Payload error response (`{ errors: [...] }`): field messages of a
 * validation error (400) instead of its generic "The following field is invalid",
 * the message of any other error, and the stable codes (`data.code`) where given.
 */
export const errorMessagesOf = (body: unknown): ApiRefusal => {
  const errors: ErrorEntry[] =
    body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)
      ? (body as { errors: ErrorEntry[] }).errors
      : []
  const messages = errors.flatMap((error) => {
    const fieldMessages = (error.data?.errors ?? []).flatMap((entry) =>
      typeof entry.message === 'string' ? [entry.message] : [],
    )
    if (fieldMessages.length > 0) return fieldMessages
    return typeof error.message === 'string' ? [error.message] : []
  })
  const codes = errors.flatMap((error) =>
    typeof error.data?.code === 'string' ? [error.data.code] : [],
  )
  return { codes, messages: messages.length > 0 ? messages : [String(body)] }
}
