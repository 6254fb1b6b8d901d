/** Above this many words a passage is linked by its first and last words (`textStart,textEnd`). */
const maxWholeWords = 8
const edgeWords = 4

/** A text fragment's term: percent-encoded, and `-`, `,` and `&` too (they are its syntax). */
const term = (words: readonly string[]): string =>
  encodeURIComponent(words.join(' ')).replace(/-/g, '%2D')

/**
 * The vendor page at `url`, scrolled to `passage` and highlighted by the browser
 * (a `#:~:text=` text fragment, https://wicg.github.io/scroll-to-text-fragment/): the
 * passage whole when it is short, else its first and last words.
 */
export const textFragmentUrl = ({ url, passage }: { url: string; passage: string }): string => {
  const base = url.split('#')[0]!
  const words = passage.split(/\s+/).filter(Boolean)
  if (words.length === 0) return base
  const directive =
    words.length <= maxWholeWords
      ? term(words)
      : `${term(words.slice(0, edgeWords))},${term(words.slice(-edgeWords))}`
  return `${base}#:~:text=${directive}`
}
