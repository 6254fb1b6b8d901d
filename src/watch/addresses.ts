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

export type AddressVerdict =
  | { isAllowed: true; address: string }
  | {
      isAllowed: false
      /** The address as given. */
      address: string
      /** `cloudMetadata`, `invalid`, or the ipaddr.js range name (`loopback`, `private`, `linkLocal` …). */
      range: string
    }

/**
 * Judges one IP address as a target for the source watch: only public unicast addresses
 * are allowed. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the IPv4
 * address it carries; IPv6 ranges that embed or tunnel IPv4 (6to4, Teredo, NAT64) are
 * refused, since they can reach private IPv4 hosts.
 */
export const judgeAddress = (address: string): AddressVerdict => {
  const bare = address.replace(/^\[(.*)\]$/, '$1')
  if (!ipaddr.isValid(bare)) return { isAllowed: false, address, range: 'invalid' }
  const parsed = ipaddr.process(bare)
  if (cloudMetadata.has(parsed.toString())) {
    return { isAllowed: false, address, range: 'cloudMetadata' }
  }
  const range = parsed.range()
  return range === publicRange ? { isAllowed: true, address } : { isAllowed: false, address, range }
}
