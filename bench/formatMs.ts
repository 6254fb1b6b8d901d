/** Milliseconds as the bench prints them: "842 ms" or "12.3 s". */
export const formatMs = (ms: number): string =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
