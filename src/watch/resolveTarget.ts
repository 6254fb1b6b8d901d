import { promises as dns } from 'node:dns'
import { isIP } from 'node:net'

import { judgeAddress } from './addresses'
import { routeFor } from './connectTo'
import type { ConnectToRule } from './connectTo'

/** `dns.promises.lookup(hostname, { all: true })`, or a stand-in for tests. */
export type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>

export const systemLookup: Lookup = (hostname) =>
  dns.lookup(hostname, { all: true, order: 'verbatim' })

/** Where one hop may connect, or why it may not. */
export type Target =
  | { kind: 'allowed'; address: string; port: number }
  | { kind: 'refused'; host: string; address: string; range: string }
  | { kind: 'unresolved'; host: string; message: string }

const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443 }

/**
 * Decides the address a connection to `hostname:port` goes to: the address a connect-to
 * rule names (the only exemption from the address rules), the IP literal itself, or what
 * the name resolves to, where every resolved address must be allowed (a name with one
 * private address among public ones is refused: the resolver may hand out either).
 */
export const resolveTarget = async ({
  hostname,
  port,
  protocol,
  connectTo,
  lookup,
}: {
  hostname: string
  /** `''` for the protocol's default port, as in `URL.port`. */
  port: string | number
  protocol: string
  connectTo: ConnectToRule[]
  lookup: Lookup
}): Promise<Target> => {
  const portNumber = Number(port) || defaultPorts[protocol] || 0
  const route = routeFor({ rules: connectTo, host: hostname, port: portNumber })
  if (route.isExempt) return { kind: 'allowed', address: route.host, port: route.port }

  let addresses: string[]
  if (isIP(route.host) !== 0) {
    addresses = [route.host]
  } else {
    try {
      addresses = (await lookup(route.host)).map(({ address }) => address)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string' || !code.startsWith('E')) throw error
      return { kind: 'unresolved', host: route.host, message: `${route.host}: ${code}` }
    }
  }
  const [first] = addresses
  if (first === undefined) {
    return { kind: 'unresolved', host: route.host, message: `${route.host} has no address` }
  }
  for (const address of addresses) {
    const verdict = judgeAddress(address)
    if (!verdict.isAllowed)
      return { kind: 'refused', host: route.host, address, range: verdict.range }
  }
  return { kind: 'allowed', address: first, port: route.port }
}
