import { isIP } from 'node:net'

/**
 * One rule of `SOURCE_WATCH_CONNECT_TO`, in curl's `--connect-to` syntax
 * `HOST1:PORT1:HOST2:PORT2`: a request for HOST1:PORT1 connects to HOST2:PORT2 instead,
 * while TLS (SNI, certificate check) and the `Host` header stay those of the URL. An
 * empty HOST1 or PORT1 matches any host or port; an empty HOST2 or PORT2 keeps the
 * URL's. Unlike curl, HOST2 must be an IP address (or empty): the address it names is the
 * one exception to the address rules, so it cannot be a name that resolves elsewhere.
 */
export type ConnectToRule = {
  /** Lower case, IPv6 without brackets; `null` for any host. */
  fromHost: string | null
  fromPort: number | null
  /** IPv6 without brackets; `null` keeps the URL's host (and its address rules). */
  toAddress: string | null
  toPort: number | null
}

export type ConnectToParse =
  { isValid: true; rules: ConnectToRule[] } | { isValid: false; problems: string[] }

/** Where a request for `host:port` connects. `isExempt` when a rule named the address. */
export type ConnectRoute = { host: string; port: number; isExempt: boolean }

const bareHost = (host: string): string => host.replace(/^\[(.*)\]$/, '$1').toLowerCase()

/** Splits `a:b:[::1]:d` on colons outside brackets. */
const fieldsOf = (entry: string): string[] | null => {
  const fields: string[] = []
  let field = ''
  let isInBrackets = false
  for (const char of entry) {
    if (char === '[') isInBrackets = true
    if (char === ']') isInBrackets = false
    if (char === ':' && !isInBrackets) {
      fields.push(field)
      field = ''
    } else {
      field += char
    }
  }
  fields.push(field)
  return isInBrackets ? null : fields
}

const portOf = (field: string): number | null | undefined => {
  if (field === '') return null
  if (!/^\d{1,5}$/.test(field)) return undefined
  const port = Number(field)
  return port >= 1 && port <= 65535 ? port : undefined
}

const hostProblem = (field: string): string | null => {
  if (field.startsWith('[') !== field.endsWith(']')) return 'has an unmatched bracket'
  if (field.startsWith('[') && isIP(bareHost(field)) !== 6) return 'is not an IPv6 address'
  if (!field.startsWith('[') && field.includes(':')) return 'is an IPv6 address without brackets'
  return null
}

const parseRule = (entry: string): { rule?: ConnectToRule; problem?: string } => {
  const fields = fieldsOf(entry)
  const shape = `"${entry}": expected HOST1:PORT1:HOST2:PORT2 (IPv6 in brackets)`
  if (fields === null || fields.length !== 4) return { problem: shape }
  const [fromHost = '', fromPort = '', toHost = '', toPort = ''] = fields
  for (const [name, field] of [
    ['HOST1', fromHost],
    ['HOST2', toHost],
  ] as const) {
    const problem = hostProblem(field)
    if (problem) return { problem: `"${entry}": ${name} "${field}" ${problem}` }
  }
  if (toHost !== '' && isIP(bareHost(toHost)) === 0) {
    return { problem: `"${entry}": HOST2 "${toHost}" must be an IP address (or empty)` }
  }
  const ports = { PORT1: portOf(fromPort), PORT2: portOf(toPort) }
  for (const [name, port] of Object.entries(ports)) {
    if (port === undefined) return { problem: `"${entry}": ${name} must be a port 1–65535` }
  }
  return {
    rule: {
      fromHost: fromHost === '' ? null : bareHost(fromHost),
      fromPort: ports.PORT1 ?? null,
      toAddress: toHost === '' ? null : bareHost(toHost),
      toPort: ports.PORT2 ?? null,
    },
  }
}

/**
 * Parses `SOURCE_WATCH_CONNECT_TO` (comma-separated rules; unset or blank means none) and
 * reports every bad rule at once, for validation at start.
 */
export const parseConnectTo = (value: string | undefined): ConnectToParse => {
  if (value === undefined || value.trim() === '') return { isValid: true, rules: [] }
  const parsed = value
    .split(',')
    .map((entry) =>
      entry.trim() === ''
        ? { problem: 'an empty rule (two commas in a row?)' }
        : parseRule(entry.trim()),
    )
  const problems = parsed.flatMap(({ problem }) => (problem ? [problem] : []))
  if (problems.length > 0) return { isValid: false, problems }
  return { isValid: true, rules: parsed.flatMap(({ rule }) => (rule ? [rule] : [])) }
}

/** The first rule matching `host:port` decides, as in curl; without one the URL's own. */
export const routeFor = ({
  rules,
  host,
  port,
}: {
  rules: ConnectToRule[]
  host: string
  port: number
}): ConnectRoute => {
  const wanted = bareHost(host)
  const rule = rules.find(
    (candidate) =>
      (candidate.fromHost === null || candidate.fromHost === wanted) &&
      (candidate.fromPort === null || candidate.fromPort === port),
  )
  if (!rule) return { host: wanted, port, isExempt: false }
  return {
    host: rule.toAddress ?? wanted,
    port: rule.toPort ?? port,
    isExempt: rule.toAddress !== null,
  }
}
