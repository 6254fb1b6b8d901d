import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { LibsqlClient } from '../../../src/db/libsqlWriteLock'
import { lockLibsqlWrites, patchedLibsqlVersion } from '../../../src/db/libsqlWriteLock'

/**
 * The contract of src/db/libsqlWriteLock.ts with `@libsql/client`: the version it was
 * written against, the client's shape it replaces, and what the patched client does on a
 * real database file.
 */

const root = path.resolve(import.meta.dirname, '../../..')

let dir: string
let client: LibsqlClient
let config: { url: string }

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'libsql-contract-'))
  config = { url: `file:${path.join(dir, 'test.db')}` }
  client = createClient(config) as unknown as LibsqlClient
  await client.execute('CREATE TABLE t (n integer)')
})

afterEach(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

const lock = () =>
  lockLibsqlWrites({
    client,
    config,
    busyTimeoutMs: 5_000,
    synchronous: null,
    currentScope: () => undefined,
  })

describe('the libsql client the write lock patches', () => {
  it('is the pinned version, installed and in package.json', () => {
    const installed = JSON.parse(
      readFileSync(path.join(root, 'node_modules/@libsql/client/package.json'), 'utf8'),
    ) as { version: string }
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(installed.version).toBe(patchedLibsqlVersion)
    expect(manifest.dependencies['@libsql/client']).toBe(patchedLibsqlVersion)
  })

  it('has the methods the patch replaces, and a transaction with the methods it imitates', async () => {
    for (const method of ['execute', 'batch', 'executeMultiple', 'transaction', 'close'])
      expect(typeof (client as Record<string, unknown>)[method]).toBe('function')
    const transaction = await client.transaction('write')
    for (const method of ['execute', 'batch', 'executeMultiple', 'commit', 'rollback', 'close'])
      expect(typeof (transaction as unknown as Record<string, unknown>)[method]).toBe('function')
    expect(transaction.closed).toBe(false)
    await transaction.rollback()
  })

  it('runs write transactions one after the other once patched', async () => {
    await lock()
    const first = await client.transaction('write')
    await first.execute('INSERT INTO t VALUES (1)')
    let isSecondOpen = false
    const second = client.transaction('write').then((transaction) => {
      isSecondOpen = true
      return transaction
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(isSecondOpen).toBe(false)
    await first.commit()
    const next = await second
    await next.execute('INSERT INTO t VALUES (2)')
    await next.commit()
    expect(await client.execute('SELECT count(*) AS n FROM t')).toMatchObject({ rows: [{ n: 2 }] })
  })

  it('lets a plain write wait while a transaction is open, then write', async () => {
    await lock()
    const transaction = await client.transaction('write')
    await transaction.execute('INSERT INTO t VALUES (1)')
    const write = client.execute('INSERT INTO t VALUES (2)')
    await new Promise((resolve) => setTimeout(resolve, 50))
    await transaction.commit()
    await write
    expect(await client.execute('SELECT count(*) AS n FROM t')).toMatchObject({ rows: [{ n: 2 }] })
  })
})
