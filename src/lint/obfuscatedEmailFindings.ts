import type { Finding } from '../findings/finding'
import { makeFinding } from '../findings/finding'
import { message } from '../i18n/messages'

export type ProviderText = { field: string; text: string }

/**
 * What Cloudflare's e-mail obfuscation leaves in scraped text: `[email protected]`,
 * also with `&#160;`, `&nbsp;` or a no-break space, and its `/cdn-cgi/l/email-protection` links.
 */
const placeholder =
  /\[email(?:\s|&#160;|&#xa0;|&nbsp;|\u00a0)+protected\]|\/cdn-cgi\/l\/email-protection[#\w-]*/gi

const lineAround = (text: string, index: number): string => {
  const start = text.lastIndexOf('\n', index) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end === -1 ? undefined : end).trim()
}

/** `text.obfuscated-email` for each scraped e-mail placeholder; `value` is the line it stands in. */
export const obfuscatedEmailFindings = (texts: readonly ProviderText[]): Finding[] =>
  texts.flatMap(({ field, text }) =>
    [...text.matchAll(placeholder)].map((match) =>
      makeFinding({
        code: 'text.obfuscated-email',
        message: message('text.obfuscated-email', { field, placeholder: match[0] }),
        field,
        value: lineAround(text, match.index),
      }),
    ),
  )
