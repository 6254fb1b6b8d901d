import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The seed's vendor FAQ (getsession.org/faq), as plain text, one paragraph a line. */
export const vendorFaqText = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'vendor-faq-session.txt'),
  'utf8',
)

export const faqLines = vendorFaqText.split('\n').filter((line) => line.trim() !== '')

export type VendorPageOptions = {
  /** The FAQ's lines; the fixture's by default. */
  lines?: string[]
  /** Changes markup only: classes, wrappers, indentation, the script and style. */
  isRestyled?: boolean
  /** The text of the rotating teaser and the "last updated" widget. */
  noise?: string
}

/**
 * The FAQ as the vendor's HTML page: navigation, a cookie banner, a teaser and a "last
 * updated" widget around the `<main>` text, with a script and a style.
 */
export const vendorFaqHtml = ({
  lines = faqLines,
  isRestyled = false,
  noise = 'Neu: Session 1.20',
}: VendorPageOptions = {}): string => {
  const paragraph = (line: string) =>
    line.length < 40 && !line.endsWith('.')
      ? isRestyled
        ? `<h2 class="faq-heading v2"><span>${line}</span></h2>`
        : `<h2>${line}</h2>`
      : isRestyled
        ? `<div class="answer">\n      <p>  ${line.replace(/ /g, '  ')}\n      </p></div>`
        : `<p>${line}</p>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ | Session</title>
<style>${isRestyled ? '.answer{margin:2em}' : 'p{margin:0}'}</style>
<script>window.dataLayer=[${isRestyled ? '"v2"' : '"v1"'}]</script></head>
<body>
<nav><a href="/">Home</a> <a href="/download">Download</a></nav>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<aside class="teaser">${noise}</aside>
<main${isRestyled ? ' class="faq-page"' : ''}>
${lines.map(paragraph).join('\n')}
<p class="last-updated">Updated: ${noise}</p>
</main>
<footer>© Session Technology Foundation</footer>
<noscript>Enable JavaScript</noscript>
</body></html>`
}
