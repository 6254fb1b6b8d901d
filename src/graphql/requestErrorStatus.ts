/**
 * A GraphQL request error — a document that does not validate, such as a select value
 * outside its options (`logs: "alles"`), answered with `errors` and no `data` at all —
 * is a 400, as GraphQL over HTTP answers it for `application/graphql-response+json`.
 * graphql-http answers 200 to clients that accept `application/json`, which made bad
 * input look like a success. Execution results (with `data`) keep their status.
 */
const isErrorsWithoutData = (text: string): boolean => {
  if (!text.startsWith('{"errors":')) return false
  const body = JSON.parse(text) as Record<string, unknown>
  return !('data' in body)
}

export const requestErrorStatus = async (response: Response): Promise<Response> => {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) {
    return response
  }
  const text = await response.text()
  const isRequestError = isErrorsWithoutData(text)
  return new Response(text, {
    status: isRequestError ? 400 : response.status,
    statusText: isRequestError ? 'Bad Request' : response.statusText,
    headers: response.headers,
  })
}
