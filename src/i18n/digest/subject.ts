import type { DigestTexts } from './digestTexts'

/**
 * A digest's subject from one language's parts: "provider-desk: ", then the profiles due
 * and the changed sources, joined by ", "; without changed sources only the profiles'
 * part, without profiles only the sources'.
 */
export const digestSubject =
  (parts: {
    profilesDue: (count: number) => string
    sourcesChanged: (count: number) => string
  }): DigestTexts['subject'] =>
  ({ profiles, sources }) =>
    `provider-desk: ${[
      ...(profiles > 0 || sources === 0 ? [parts.profilesDue(profiles)] : []),
      ...(sources > 0 ? [parts.sourcesChanged(sources)] : []),
    ].join(', ')}`
