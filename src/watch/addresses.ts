import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/**
 * Cloud instance-metadata and platform endpoints. Most lie in ranges refused anyway
 * (link-local, unique-local, carrier-grade NAT); they are named so that a refusal says
 * what was asked for, and Azure's WireServer is public address space.
 */
const cloudMetadata = new Set([
  '169.254.169.254', // AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack instance metadata
  '169.254.170.2', // AWS ECS task metadata
  '169.254.169.123', // AWS time sync
  '169.254.169.253', // AWS VPC DNS
  '100.100.100.200', // Alibaba Cloud metadata
  '168.63.129.16', // Azure WireServer
  'fd00:ec2::254', // AWS metadata over IPv6
  'fd00:ec2::123', // AWS time sync over IPv6
  'fd00:ec2::253', // AWS VPC DNS over IPv6
])

/** The one ipaddr.js range that is ordinary public address space, for IPv4 and IPv6 alike. */
const publicRange = 'unicast'

/**
 * IPv6 is public only in the global unicast space 2000::/3; ipaddr.js calls much of the
 * rest `unicast` too. Within it, ipaddr.js names (and so refuses) the ranges that embed,
 * translate or tunnel IPv4: IPv4-mapped `::ffff:0:0/96` (judged as the IPv4 it carries),
 * IPv4-translated `::ffff:0:0:0/96` (`rfc6145`), NAT64 `64:ff9b::/96` and
 * `64:ff9b:1::/48` (`rfc6052`), 6to4 `2002::/16`, Teredo `2001::/32`, and site-local
 * `fec0::/10` (`deprecatedSiteLocal`). It misses the deprecated IPv4-compatible `::/96`
 * (`::127.0.0.1` is `::7f00:1`), named here; `::` and `::1` keep their own names.
 */
const globalUnicast = ipaddr.parseCIDR('2000::/3')
const ipv4Compatible = ipaddr.parseCIDR('::/96')

/**
 * An IPv6 address with a dotted IPv4 tail written as hex, since ipaddr.js reads every
 * `::a.b.c.d` as IPv4-mapped (`::ffff:a.b.c.d`). `isIP` has checked the octets.
 */
const withHexTail = (address: string): string =>
  address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_tail, a, b, c, d) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(
      ':',
    ),
  )

export type AddressVerdict =
  | { isAllowed: true; address: string }
  | {
      isAllowed: false
      /** The address as given. */
      address: string
      /**
       * `cloudMetadata`, `invalid`, `ipv4Compatible`, or the ipaddr.js range name
       * (`loopback`, `private`, `linkLocal`, `rfc6052` …); `reserved` for IPv6 outside 2000::/3.
       */
      range: string
    }

/** The range an IPv6 address that ipaddr.js calls public lies in, or `null` if it is public. */
const refusedIpv6Range = (parsed: ipaddr.IPv6): string | null => {
  if (parsed.match(ipv4Compatible)) return 'ipv4Compatible'
  if (!parsed.match(globalUnicast)) return 'reserved'
  return null
}

/**
 * Judges one IP address as a target for the source watch: only public unicast addresses
 * are allowed. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the IPv4
 * address it carries; every other IPv6 range that embeds or tunnels IPv4 (IPv4-compatible,
 * IPv4-translated, 6to4, Teredo, NAT64) is refused, since it can reach private IPv4 hosts,
 * and so is IPv6 outside the global unicast space. Only Node's strict forms are addresses
 * (no `0x7f.1` or `2130706433`).
 */
export const judgeAddress = (address: string): AddressVerdict => {
  const bare = address.replace(/^\[(.*)\]$/, '$1')
  const version = isIP(bare)
  if (version === 0) return { isAllowed: false, address, range: 'invalid' }
  const parsed = ipaddr.process(version === 6 ? withHexTail(bare) : bare)
  if (cloudMetadata.has(parsed.toString())) {
    return { isAllowed: false, address, range: 'cloudMetadata' }
  }
  const named = parsed.range()
  const range =
    named === publicRange && parsed instanceof ipaddr.IPv6
      ? (refusedIpv6Range(parsed) ?? publicRange)
      : named
  return range === publicRange ? { isAllowed: true, address } : { isAllowed: false, address, range }
}
