/** A tiny REST client for tests: logs in once, then sends the token. */
export type RestClient = {
  token: string | null
  request: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>
}

export const restClient = (baseUrl: string, token: string | null = null): RestClient => ({
  token,
  request: async (method, path, body) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON (e.g. the markdown endpoint): keep the text.
    }
    return { status: response.status, body: parsed }
  },
})

export const login = async (
  baseUrl: string,
  email: string,
  password: string,
): Promise<RestClient> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !body.token)
    throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return restClient(baseUrl, body.token)
}
