import path from 'node:path'

/**
 * Which repository paths a markdown document names, and how each is read. The rule:
 *
 * - **Where a path can be named**: every word of an inline code span (`src/watch/recorder.ts`,
 *   `npx tsx scripts/traceFiles.ts`), every target of a markdown link, and every entry of a
 *   fenced block whose info string is `tree` (see `treePaths`). Other fenced blocks (shell
 *   sessions, JSON) and plain prose are not read.
 * - **Not a path**: a word with `:` (a URL, `file:…`, `host:port`), a placeholder or glob
 *   (`<slug>`, `*`, `?`, `…`, `{}`, `$`), a quote, `=`, `|` or `&`; a word starting with `/`
 *   (a URL path or a path outside the repository), `@` (a package scope), `-` (a flag), `~` or
 *   `../`; a word that is a package of package.json (`ipaddr.js`). A `#anchor` is cut off.
 * - **A word with a slash** (a folder `docs/` too) names `<word>` when its first segment is
 *   an entry of the repository root (`src/watch/`, `tests/e2e/teamWeek.test.ts`, `.ci/run`), else
 *   `src/<word>` when its first segment is a folder of `src/` (`watch/recorder.ts`,
 *   `export/runs`); any other first segment is not ours (`text/html`, `Europe/Berlin`,
 *   `DIR/src/pages/…`, Payload's own `payload/dist/…`).
 * - **A word without a slash** is checked only when it is a file name with an extension
 *   (`runWatch.ts`): some file of the repository must have that name. Bare module names
 *   (`siteFiles`) are not checked.
 * - **A link target** without a scheme is a path relative to the document's folder.
 * - **What git ignores is a runtime place** (`data/`, `.build/`, `node_modules`, work
 *   folders; read from .gitignore), never checked.
 * - **Not ours or no more**: a code span that is the text of a link to a URL names what the
 *   URL names (Payload's [`collections/Posts/hooks/`](https://github.com/…)); a struck-out
 *   code span (`~~` around it) names a file that is gone, in a record of what was then.
 * - A path names a file or folder that exists as written, or a module: `export/runs`
 *   exists when `src/export/runs.ts` (`.tsx`, `.js`, `.mjs`) does.
 */

export type Repository = {
  /** Names at the repository root: `src`, `tests`, `package.json` … */
  rootEntries: ReadonlySet<string>
  /** Folder names directly under `src/`. */
  srcFolders: ReadonlySet<string>
  /** Dependencies and devDependencies of package.json. */
  packages: ReadonlySet<string>
  /** The plain names and folders of .gitignore (`data`, `bench/.work`), no outer slashes. */
  ignoredPlaces: readonly string[]
}

/** What one word or link of a document names: a path from the root, or a bare file name. */
export type Named = { kind: 'path'; path: string } | { kind: 'fileName'; name: string }

export type NamedPath = Named & { line: number; written: string }

const notAPath = /[:<>*?…{}$"'=|&`\\]/
const notAPathStart = /^(\/|@|-|~|\.\.\/)/
const fileExtension = /[^./]\.(ts|tsx|js|mjs|cjs|json|md|sh|yml|yaml)$/

/** The extensions a module name may leave out. */
export const moduleExtensions = ['.ts', '.tsx', '.js', '.mjs'] as const

function isIgnored({ repoPath, repository }: { repoPath: string; repository: Repository }) {
  return repository.ignoredPlaces.some(
    (place) => repoPath === place || repoPath.startsWith(`${place}/`),
  )
}

/** The repository path (or file name) one word of a code span names, if any. */
export function namedByWord({
  word,
  repository,
}: {
  word: string
  repository: Repository
}): Named | undefined {
  const written = word.replace(/#.*$/, '').replace(/^\.\//, '')
  if (written === '' || notAPath.test(written) || notAPathStart.test(written)) return undefined
  if (repository.packages.has(written)) return undefined
  const trimmed = written.replace(/\/+$/, '')
  if (!written.includes('/')) {
    if (!fileExtension.test(trimmed)) return undefined
    if (repository.rootEntries.has(trimmed)) return { kind: 'path', path: trimmed }
    if (isIgnored({ repoPath: trimmed, repository })) return undefined
    return { kind: 'fileName', name: trimmed }
  }
  const [first] = trimmed.split('/')
  const repoPath = repository.rootEntries.has(first!)
    ? trimmed
    : repository.srcFolders.has(first!)
      ? `src/${trimmed}`
      : undefined
  if (repoPath === undefined || isIgnored({ repoPath, repository })) return undefined
  return { kind: 'path', path: repoPath }
}

/** The repository path a link target names, relative to the document, if it is not a URL. */
export function namedByLink({
  target,
  doc,
  repository,
}: {
  target: string
  doc: string
  repository: Repository
}): Named | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return undefined
  const withoutAnchor = decodeURI(target.replace(/[#?].*$/, ''))
  const repoPath = path.posix.normalize(path.posix.join(path.posix.dirname(doc), withoutAnchor))
  const trimmed = repoPath.replace(/\/+$/, '')
  if (isIgnored({ repoPath: trimmed, repository })) return undefined
  return { kind: 'path', path: trimmed }
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ')

/** The text with its fenced blocks blanked out (same length, so offsets and lines stay). */
function withoutFences(text: string): string {
  let fence: string | undefined
  return text
    .split('\n')
    .map((line) => {
      const marker = /^\s*(```+|~~~+)/.exec(line)?.[1]
      if (fence === undefined && marker !== undefined) {
        fence = marker
        return blank(line)
      }
      if (fence !== undefined) {
        if (line.trim().startsWith(fence)) fence = undefined
        return blank(line)
      }
      return line
    })
    .join('\n')
}

function lineAt({ text, offset }: { text: string; offset: number }) {
  let line = 1
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++
  return line
}

const codeSpan = /(`+)([\s\S]+?)\1/g
const struckCodeSpan = /~~(`+)[\s\S]+?\1~~/g
const urlLinkText = /\[([^\]]*)\]\(\s*<?[a-z][a-z0-9+.-]*:/gi

const inlineLink = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g
const referenceLink = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm

/** Every path `doc` names outside fenced blocks: code span words and link targets. */
export function namedPaths({
  doc,
  text,
  repository,
}: {
  doc: string
  text: string
  repository: Repository
}): NamedPath[] {
  const prose = withoutFences(text)
  const named: NamedPath[] = []
  const ours = prose
    .replace(struckCodeSpan, blank)
    .replace(
      urlLinkText,
      (link, linkText: string) => `[${blank(linkText)}${link.slice(linkText.length + 1)}`,
    )
  for (const span of ours.matchAll(codeSpan)) {
    const start = span.index + span[1]!.length
    for (const word of span[2]!.matchAll(/\S+/g)) {
      const found = namedByWord({ word: word[0], repository })
      if (found === undefined) continue
      named.push({ ...found, line: lineAt({ text, offset: start + word.index }), written: word[0] })
    }
  }
  // Link syntax inside a code span is an example, not a link.
  const outsideCode = prose.replace(codeSpan, blank)
  for (const pattern of [inlineLink, referenceLink]) {
    for (const link of outsideCode.matchAll(pattern)) {
      const found = namedByLink({ target: link[1]!, doc, repository })
      if (found === undefined) continue
      named.push({ ...found, line: lineAt({ text, offset: link.index }), written: link[1]! })
    }
  }
  return named.sort((a, b) => a.line - b.line)
}

/**
 * The entries of a fenced ```tree block: each line is `name  what it owns`, nested by its
 * indentation under the nearest folder (a name ending in `/`) above it with less indentation.
 */
export function treePaths(text: string): { line: number; path: string }[] {
  const entries: { line: number; path: string }[] = []
  let isInTree = false
  let parents: { indent: number; path: string }[] = []
  text.split('\n').forEach((line, index) => {
    if (!isInTree) {
      isInTree = /^```tree\s*$/.test(line)
      parents = []
      return
    }
    if (/^```\s*$/.test(line)) {
      isInTree = false
      return
    }
    const entry = /^( *)(\S+)/.exec(line)
    if (entry === null) return
    const indent = entry[1]!.length
    while (parents.length > 0 && parents.at(-1)!.indent >= indent) parents.pop()
    const entryPath = `${parents.at(-1)?.path ?? ''}${entry[2]}`
    entries.push({ line: index + 1, path: entryPath.replace(/\/$/, '') })
    if (entryPath.endsWith('/')) parents.push({ indent, path: entryPath })
  })
  return entries
}
