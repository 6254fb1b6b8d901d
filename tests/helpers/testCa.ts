/**
 * Vitest global setup of the unit project: makes a throwaway certificate authority and
 * the certificates of the TLS stand-ins with `openssl`, in the main process, and puts the
 * CA into `NODE_EXTRA_CA_CERTS` before any worker is forked. Node reads that variable only
 * at process start, so it must be set here, not inside a test; the workers (`pool:
 * 'forks'`) inherit it and trust the stand-ins through Node's ordinary CA store.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Names the stand-in vendor site answers for (any of them can be mapped onto it). */
export const siteNames = [
  'getsession.org',
  '*.getsession.org',
  'session.foundation',
  '*.session.foundation',
  'other.example',
  // Real privacy-policy histories (tests/fixtures/ota) are served as the vendor's own host.
  'telegram.org',
  'www.spotify.com',
  'www.threads.net',
]

export const tlsDirVariable = 'PROVIDER_DESK_TEST_TLS_DIR'

const openssl = (cwd: string, args: string[]) =>
  execFileSync('openssl', args, { cwd, stdio: 'pipe' })

const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']

/**
 * Makes a throwaway certificate authority in `dir` (`ca.key`, `ca.crt`) and a server
 * certificate it signs (`site.key`, `site.crt`) for the DNS `names` and 127.0.0.1 / ::1,
 * valid for `days`. Also used by the bench's stand-in hosts (`bench/watch/standInHosts.ts`).
 */
export const issueSiteCertificate = ({
  dir,
  names,
  days = 2,
}: {
  dir: string
  names: readonly string[]
  days?: number
}): { caFile: string; keyFile: string; certFile: string; altNames: string[] } => {
  const ca = ['-subj', '/CN=provider-desk test CA', '-days', String(days)]
  openssl(dir, ['req', '-x509', ...newKey, '-keyout', 'ca.key', '-out', 'ca.crt', ...ca])
  openssl(dir, ['req', ...newKey, '-keyout', 'site.key', '-out', 'site.csr', '-subj', '/CN=site'])
  const altNames = [...names.map((name) => `DNS:${name}`), 'IP:127.0.0.1', 'IP:::1']
  writeFileSync(
    path.join(dir, 'site.ext'),
    `subjectAltName=${altNames.join(',')}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`,
  )
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'site.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    String(days),
    '-extfile',
    'site.ext',
    '-out',
    'site.crt',
  ])
  return {
    caFile: path.join(dir, 'ca.crt'),
    keyFile: path.join(dir, 'site.key'),
    certFile: path.join(dir, 'site.crt'),
    altNames,
  }
}

let dir: string | undefined

export const setup = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'provider-desk-tls-'))
  const { altNames } = issueSiteCertificate({ dir, names: siteNames })
  // Same names, but signed by nobody the workers trust.
  openssl(dir, [
    'req',
    '-x509',
    ...newKey,
    '-keyout',
    'rogue.key',
    '-out',
    'rogue.crt',
    '-days',
    '2',
    '-subj',
    '/CN=getsession.org',
    '-addext',
    `subjectAltName=${altNames.join(',')}`,
  ])
  const earlier = process.env.NODE_EXTRA_CA_CERTS
  const bundle = [readFileSync(path.join(dir, 'ca.crt'), 'utf8')]
  if (earlier && existsSync(earlier)) bundle.push(readFileSync(earlier, 'utf8'))
  writeFileSync(path.join(dir, 'trusted.pem'), bundle.join('\n'))
  process.env.NODE_EXTRA_CA_CERTS = path.join(dir, 'trusted.pem')
  process.env[tlsDirVariable] = dir
}

export const teardown = () => {
  if (dir) rmSync(dir, { recursive: true, force: true })
}
