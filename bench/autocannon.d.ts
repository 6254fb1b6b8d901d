/** The part of autocannon (v8, untyped) the bench uses. */
declare module 'autocannon' {
  type Options = {
    url: string
    headers?: Record<string, string>
    duration: number
    connections: number
    /** Seconds to wait for a response (default 10). */
    timeout?: number
  }
  type Result = { requests: { total: number }; non2xx: number; errors: number; timeouts: number }
  type Instance = PromiseLike<Result> & {
    on: (
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, ms: number) => void,
    ) => void
  }
  const autocannon: (options: Options) => Instance
  export default autocannon
}
