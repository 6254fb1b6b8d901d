import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { Named, Repository } from './namedPaths'
import { moduleExtensions, namedByLink, namedByWord, namedPaths, treePaths } from './namedPaths'

// The rule these tests apply is written at the top of namedPaths.ts.

const root = path.resolve(import.meta.dirname, '../../..')

function readRepository(): Repository {
  const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const ignoredPlaces = fs
    .readFileSync(path.join(root, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\/|\/$/g, ''))
    .filter((line) => line !== '' && !/[*?[!#]/.test(line))
  return {
    rootEntries: new Set(fs.readdirSync(root).filter((name) => name !== '.git')),
    srcFolders: new Set(
      fs
        .readdirSync(path.join(root, 'src'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    ),
    packages: new Set([
      ...Object.keys(packageJson.dependencies ?? {}),
      ...Object.keys(packageJson.devDependencies ?? {}),
    ]),
    ignoredPlaces: [...ignoredPlaces, '.git'],
  }
}

const repository = readRepository()

function isIgnored(repoPath: string) {
  return repository.ignoredPlaces.some(
    (place) => repoPath === place || repoPath.startsWith(`${place}/`),
  )
}

/** Every file name in the repository, outside what git ignores. */
function fileNamesUnder(folder: string, names = new Set<string>()): Set<string> {
  for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const repoPath = folder === '' ? entry.name : `${folder}/${entry.name}`
    if (isIgnored(repoPath)) continue
    if (entry.isDirectory()) fileNamesUnder(repoPath, names)
    else names.add(entry.name)
  }
  return names
}

const fileNames = fileNamesUnder('')

function exists(named: Named): boolean {
  if (named.kind === 'fileName') return fileNames.has(named.name)
  return ['', ...moduleExtensions].some((extension) =>
    fs.existsSync(path.join(root, named.path + extension)),
  )
}

const docs = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...fs
    .readdirSync(path.join(root, 'docs/decisions'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/decisions/${name}`),
]

function read(doc: string) {
  return fs.readFileSync(path.join(root, doc), 'utf8')
}

const fakeRepository: Repository = {
  rootEntries: new Set(['src', 'tests', 'hooks', 'docs', '.ci', 'package.json', 'data']),
  srcFolders: new Set(['watch', 'export']),
  packages: new Set(['ipaddr.js', '@libsql/client']),
  ignoredPlaces: ['data', 'bench/.work', '.build', 'node_modules'],
}

describe('what a code span word names', () => {
  it.each([
    [
      'a file from the root',
      'src/watch/recorder.ts',
      { kind: 'path', path: 'src/watch/recorder.ts' },
    ],
    ['a folder from the root', 'src/watch/', { kind: 'path', path: 'src/watch' }],
    ['a top folder', 'tests/', { kind: 'path', path: 'tests' }],
    ['a folder of src/', 'watch/', { kind: 'path', path: 'src/watch' }],
    ['a hidden root folder', '.ci/run', { kind: 'path', path: '.ci/run' }],
    ['a root file', 'package.json', { kind: 'path', path: 'package.json' }],
    ['a path within src/', 'watch/recorder.ts', { kind: 'path', path: 'src/watch/recorder.ts' }],
    ['a module within src/', 'export/runs', { kind: 'path', path: 'src/export/runs' }],
    ['a path with an anchor', 'docs/x.md#part', { kind: 'path', path: 'docs/x.md' }],
    ['a path with ./', './src/env.ts', { kind: 'path', path: 'src/env.ts' }],
    ['a bare file name', 'runWatch.ts', { kind: 'fileName', name: 'runWatch.ts' }],
  ] as const)('reads %s', (_behaviour, word, expected) => {
    expect(namedByWord({ word, repository: fakeRepository })).toEqual(expected)
  })

  it.each([
    ['a URL', 'https://x.org/a.md'],
    ['a scheme-like value', 'file:./data/provider-desk.db'],
    ['a placeholder', 'src/pages/anbieter/<slug>/index.md'],
    ['a glob', 'data/outbox/*.eml'],
    ['an elided part', '.build/cli-…/'],
    ['an absolute path', '/usr/bin/chromium'],
    ['a URL path', '/api/providers'],
    ['a package', 'ipaddr.js'],
    ['a scoped package', '@libsql/client'],
    ['a MIME type', 'text/html'],
    ['a time zone', 'Europe/Berlin'],
    ['a path of another project', 'payload/dist/fields/hooks/afterRead/promise.js'],
    ['a runtime place git ignores', 'data/provider-desk.db'],
    ['a work folder git ignores', 'bench/.work/'],
    ['a bare module name', 'siteFiles'],
    ['a bare extension', '.ts'],
    ['a flag', '--out'],
  ])('does not read %s as a path', (_behaviour, word) => {
    expect(namedByWord({ word, repository: fakeRepository })).toBeUndefined()
  })
})

describe('what a link names', () => {
  it.each([
    ['a sibling document', 'docs/guide.md', 'reminders.md', 'docs/reminders.md'],
    ['a path from the root', 'README.md', 'docs/security.md#links', 'docs/security.md'],
    ['a parent folder', 'docs/decisions/0001-stack.md', '../guide.md', 'docs/guide.md'],
  ])('reads %s', (_behaviour, doc, target, expected) => {
    expect(namedByLink({ target, doc, repository: fakeRepository })).toEqual({
      kind: 'path',
      path: expected,
    })
  })

  it.each([
    ['a URL', 'https://payloadcms.com'],
    ['an anchor of the same page', '#evidence'],
    ['a mail address', 'mailto:team@example.org'],
  ])('does not read %s as a path', (_behaviour, target) => {
    expect(namedByLink({ target, doc: 'README.md', repository: fakeRepository })).toBeUndefined()
  })
})

describe('the paths of a document', () => {
  it('reads code spans and links with their lines, and skips fenced blocks and link examples', () => {
    const text = [
      'The watch is `src/watch/` (see [the guide](docs/guide.md)).',
      '```sh',
      'npx tsx scripts/old.ts `src/gone.ts`',
      '```',
      'A span across lines: `npx tsx',
      'scripts/traceFiles.ts`, printed as `[text](url)`.',
      'After the block: `tests/`.',
    ].join('\n')
    expect(
      namedPaths({ doc: 'README.md', text, repository: fakeRepository }).map(
        ({ line, written }) => [line, written],
      ),
    ).toEqual([
      [1, 'src/watch/'],
      [1, 'docs/guide.md'],
      [7, 'tests/'],
    ])
  })

  it('skips a struck-out code span and a code span that is the text of a link to a URL', () => {
    const text = [
      "`src/sources/hooks.ts` (was ~~`hooks/sourceRule.ts`~~), like Payload's",
      '[`collections/Posts/hooks/`](https://github.com/payloadcms/payload) and [`docs/`](docs/).',
    ].join('\n')
    expect(
      namedPaths({ doc: 'README.md', text, repository: fakeRepository }).map(
        ({ line, written }) => [line, written],
      ),
    ).toEqual([
      [1, 'src/sources/hooks.ts'],
      [2, 'docs/'],
      [2, 'docs/'],
    ])
  })

  it('reads a tree block by its indentation', () => {
    const text = [
      '```tree',
      'src/            the code',
      '  watch/        the source watch',
      '    runWatch.ts the run',
      '  env.ts        the environment',
      'tests/          the tests',
      '```',
    ].join('\n')
    expect(treePaths(text)).toEqual([
      { line: 2, path: 'src' },
      { line: 3, path: 'src/watch' },
      { line: 4, path: 'src/watch/runWatch.ts' },
      { line: 5, path: 'src/env.ts' },
      { line: 6, path: 'tests' },
    ])
  })
})

describe('the docs name only files that exist', () => {
  it.each(docs)('%s', (doc) => {
    const missing = namedPaths({ doc, text: read(doc), repository })
      .filter((named) => !exists(named))
      .map((named) =>
        named.kind === 'path'
          ? `${doc}:${named.line} \`${named.written}\` (no ${named.path})`
          : `${doc}:${named.line} \`${named.written}\` (no file of that name)`,
      )
    expect(missing).toEqual([])
  })
})

describe("the README's layout tree", () => {
  const tree = treePaths(read('README.md'))

  it('names only paths that exist', () => {
    const missing = tree
      .filter(({ path: treePath }) => !fs.existsSync(path.join(root, treePath)))
      .map(({ line, path: treePath }) => `README.md:${line} ${treePath}`)
    expect(missing).toEqual([])
  })

  it('lists every top folder and every folder of src/', () => {
    const listed = new Set(tree.map(({ path: treePath }) => treePath))
    const folders = [
      ...[...repository.rootEntries].filter(
        (name) => !isIgnored(name) && fs.statSync(path.join(root, name)).isDirectory(),
      ),
      ...[...repository.srcFolders].map((name) => `src/${name}`),
    ]
    expect(folders.filter((folder) => !listed.has(folder))).toEqual([])
  })
})
