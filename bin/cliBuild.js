// The CLI and the server built to JavaScript: src/cli/main.ts and src/start.ts and what they
// import from this repository, bundled by esbuild into .build/cli-<id>/ (packages stay imports
// of node_modules; shared code in shared chunks), with source maps, so neither a command nor
// `npm start` transpiles TypeScript. Rebuilt when one of the files it was built from changed
// (size or mtime), the way `npm start` rebuilds the admin.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const buildDir = path.join(root, '.build')
const stampFile = path.join(buildDir, 'cli.json')
/** Besides the bundled sources: what esbuild reads, this file, and what npm installed (its lockfile). */
const configInputs = ['tsconfig.json', 'bin/cliBuild.js', 'node_modules/.package-lock.json']
/** A finished build older than this that the stamp no longer names is removed. */
const oldBuildMs = 24 * 60 * 60 * 1000

/** esbuild as tsx (a dependency) brings it: no package of its own to install. */
const loadEsbuild = () => {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))
  return import(pathToFileURL(fromTsx.resolve('esbuild')).href)
}

/** A file's size and mtime; one written after `since` counts as changed (the build may have read it earlier). */
const fileState = (file, since = Infinity) => {
  const stat = statSync(path.join(root, file), { throwIfNoEntry: false })
  if (!stat) return 'missing'
  return stat.mtimeMs >= since ? 'changed while it was built' : `${stat.size}:${stat.mtimeMs}`
}

/** The stamp of the current build: its folder and the state of every file it was built from. */
const readStamp = () => {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'))
  } catch (err) {
    if (err.code === 'ENOENT' || err instanceof SyntaxError) return null
    throw err
  }
}

const isCurrent = (stamp) =>
  stamp !== null &&
  stamp.root === root &&
  Object.entries(stamp.inputs).every(([file, state]) => fileState(file) === state)

/**
 * Each bundled module keeps its own `import.meta.url` and `import.meta.dirname` (a path
 * next to its source: payload.config.ts's migrations, seed/session.md, the watch's worker),
 * so the build is tied to this checkout, and `root` is part of its stamp.
 */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const source = await readFile(file, 'utf8')
      return {
        contents: source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
          .replaceAll('import.meta.filename', JSON.stringify(file)),
        loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      }
    })
  },
}

/**
 * Packages stay imports of node_modules, each as Node resolves it. The few that only a
 * bundler resolves (a folder, `nodemailer/lib/smtp-transport`) are imported by the file
 * esbuild finds for them.
 */
/** Whether Node's own resolution finds a module (not a folder, which only bundlers accept). */
const resolvesInNode = (specifier) => {
  let url
  try {
    url = import.meta.resolve(specifier)
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') return false
    throw err
  }
  return !url.startsWith('file:') || statSync(fileURLToPath(url)).isFile()
}

const nodeResolvable = {
  name: 'node-resolvable',
  setup(build) {
    const byEsbuild = Symbol('resolved by esbuild')
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === byEsbuild) return undefined
      if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      if (resolvesInNode(args.path)) return { path: args.path, external: true }
      const { kind, resolveDir } = args
      const resolved = await build.resolve(args.path, { kind, resolveDir, pluginData: byEsbuild })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { path: pathToFileURL(resolved.path).href, external: true }
    })
  },
}

const removeOldBuilds = async (keep) => {
  for (const entry of await readdir(buildDir)) {
    const dir = path.join(buildDir, entry)
    if (!entry.startsWith('cli-') || entry === keep) continue
    // A process started from an older build may still import its chunks: keep it a while.
    if (Date.now() - statSync(dir).mtimeMs > oldBuildMs)
      rmSync(dir, { recursive: true, force: true })
  }
}

/** Bundles the CLI and the server into a new folder, then points the stamp at it (a rename: atomic). */
export const buildCli = async () => {
  const esbuild = await loadEsbuild()
  const dir = `cli-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
  mkdirSync(buildDir, { recursive: true })
  const startedAt = Date.now()
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', start: 'src/start.ts' },
    outdir: path.join(buildDir, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Each command's module, and Payload's config, stay chunks of their own: `--help` loads none.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [keepImportMeta, nodeResolvable],
  })
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), ...configInputs].map((file) => [
      file,
      fileState(file, startedAt),
    ]),
  )
  const next = `${stampFile}.${process.pid}`
  writeFileSync(next, JSON.stringify({ root, dir, inputs }, null, 2))
  renameSync(next, stampFile)
  await removeOldBuilds(dir)
  return dir
}

/**
 * The URL of a built entry (`main`: the CLI, `start`: the server), built anew first when a
 * source changed. Null when it cannot be built (a read-only checkout, a syntax error): the
 * caller runs the sources.
 */
export const builtEntry = async (entry) => {
  const stamp = readStamp()
  let dir = isCurrent(stamp) ? stamp.dir : null
  if (!dir) {
    try {
      dir = await buildCli()
    } catch (err) {
      process.stderr.write(
        `provider-desk: running from source, the JavaScript build could not be made: ${err.message}\n`,
      )
      return null
    }
  }
  return pathToFileURL(path.join(buildDir, dir, `${entry}.mjs`)).href
}
