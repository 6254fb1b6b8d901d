/** One `## ` section of the body: its heading line and everything after it, verbatim. */
export type BodyChunk = { headingLine: string; rest: string }

/**
 * Splits a page body at lines starting with `## `: the text before the first
 * heading and one chunk per heading. Concatenating preamble and chunks (heading
 * line + `\n` + rest) gives the body back.
 */
export const splitBodySections = (body: string): { preamble: string; chunks: BodyChunk[] } => {
  const starts: number[] = []
  for (let offset = 0; offset < body.length;) {
    if (body.startsWith('## ', offset)) starts.push(offset)
    const lineEnd = body.indexOf('\n', offset)
    if (lineEnd === -1) break
    offset = lineEnd + 1
  }
  const chunks = starts.map((start, index) => {
    const chunk = body.slice(start, starts[index + 1] ?? body.length)
    const newline = chunk.indexOf('\n')
    return newline === -1
      ? { headingLine: chunk, rest: '' }
      : { headingLine: chunk.slice(0, newline), rest: chunk.slice(newline + 1) }
  })
  return { preamble: body.slice(0, starts[0] ?? body.length), chunks }
}

/** The separator a section ends with: a blank line before the next heading, one newline at the end. */
export const sectionSeparator = (isLast: boolean): string => (isLast ? '\n' : '\n\n')

/**
 * Verbatim section text without its separator when that can be added back
 * unambiguously; otherwise the text exactly as it stands (see `withSeparator`).
 */
export const withoutSeparator = ({ rest, isLast }: { rest: string; isLast: boolean }): string => {
  const separator = sectionSeparator(isLast)
  const stripped = rest.slice(0, rest.length - separator.length)
  return rest.endsWith(separator) && stripped !== '' && !stripped.endsWith('\n') ? stripped : rest
}

export const withSeparator = ({
  markdown,
  isLast,
}: {
  markdown: string
  isLast: boolean
}): string =>
  markdown !== '' && !markdown.endsWith('\n') ? markdown + sectionSeparator(isLast) : markdown
