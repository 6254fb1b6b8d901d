import { describe, expect, it } from 'vitest'

import { judgeAddress } from '../../../src/watch/addresses'

describe('judgeAddress', () => {
  it.each([
    { address: '93.184.215.14' },
    { address: '1.1.1.1' },
    { address: '2a00:1450:4001:82b::200e' },
    { address: '2606:4700:4700::1111' },
    { address: '::ffff:93.184.215.14' },
  ])('allows the public address $address', ({ address }) => {
    expect(judgeAddress(address)).toEqual({ isAllowed: true, address })
  })

  it.each([
    { address: '127.0.0.1', range: 'loopback' },
    { address: '127.255.0.9', range: 'loopback' },
    { address: '::1', range: 'loopback' },
    { address: '[::1]', range: 'loopback' },
    { address: '10.1.2.3', range: 'private' },
    { address: '172.16.0.1', range: 'private' },
    { address: '172.31.255.254', range: 'private' },
    { address: '192.168.178.1', range: 'private' },
    { address: '169.254.1.1', range: 'linkLocal' },
    { address: 'fe80::1', range: 'linkLocal' },
    { address: 'fc00::1', range: 'uniqueLocal' },
    { address: 'fd12:3456::1', range: 'uniqueLocal' },
    { address: '224.0.0.251', range: 'multicast' },
    { address: 'ff02::1', range: 'multicast' },
    { address: '0.0.0.0', range: 'unspecified' },
    { address: '0.1.2.3', range: 'unspecified' },
    { address: '::', range: 'unspecified' },
    { address: '255.255.255.255', range: 'broadcast' },
    { address: '240.0.0.1', range: 'reserved' },
    { address: '192.0.2.10', range: 'reserved' },
    { address: '198.18.0.1', range: 'reserved' },
    { address: '2001:db8::1', range: 'reserved' },
    { address: '100.64.0.1', range: 'carrierGradeNat' },
    { address: '100.127.255.254', range: 'carrierGradeNat' },
    { address: '169.254.169.254', range: 'cloudMetadata' },
    { address: '169.254.170.2', range: 'cloudMetadata' },
    { address: '100.100.100.200', range: 'cloudMetadata' },
    { address: '168.63.129.16', range: 'cloudMetadata' },
    { address: 'fd00:ec2::254', range: 'cloudMetadata' },
    { address: 'fd00:ec2:0:0:0:0:0:254', range: 'cloudMetadata' },
    { address: '::ffff:127.0.0.1', range: 'loopback' },
    { address: '::ffff:10.0.0.1', range: 'private' },
    { address: '::ffff:169.254.169.254', range: 'cloudMetadata' },
    { address: '::ffff:7f00:1', range: 'loopback' },
    { address: '64:ff9b::a00:1', range: 'rfc6052' },
    { address: '2002:a00:1::1', range: '6to4' },
    { address: '2001:0:4136:e378::1', range: 'teredo' },
    { address: 'localhost', range: 'invalid' },
    { address: '', range: 'invalid' },
    { address: '0x7f.0.0.1', range: 'invalid' },
    { address: '2130706433', range: 'invalid' },
  ])('refuses $address as $range', ({ address, range }) => {
    expect(judgeAddress(address)).toEqual({ isAllowed: false, address, range })
  })

  // Every way IPv6 embeds, translates or tunnels IPv4, and the deprecated ranges around it.
  it.each([
    { address: '::7f00:1', range: 'ipv4Compatible', note: 'IPv4-compatible 127.0.0.1' },
    { address: '[::7f00:1]', range: 'ipv4Compatible', note: 'as a URL host gives it' },
    { address: '::127.0.0.1', range: 'ipv4Compatible', note: 'written with its IPv4 tail' },
    { address: '::1.1.1.1', range: 'ipv4Compatible', note: 'a public IPv4 inside' },
    { address: '::a00:1', range: 'ipv4Compatible', note: 'IPv4-compatible 10.0.0.1' },
    { address: '::2', range: 'ipv4Compatible', note: 'IPv4-compatible 0.0.0.2' },
    { address: '::ffff:a9fe:a9fe', range: 'cloudMetadata', note: 'IPv4-mapped, judged as v4' },
    { address: '::ffff:100.64.0.1', range: 'carrierGradeNat', note: 'IPv4-mapped CGN' },
    { address: '::ffff:0:7f00:1', range: 'rfc6145', note: 'IPv4-translated (SIIT)' },
    { address: '64:ff9b::7f00:1', range: 'rfc6052', note: 'NAT64 well-known prefix' },
    { address: '64:ff9b::101:101', range: 'rfc6052', note: 'NAT64 of a public IPv4' },
    { address: '64:ff9b:1::a00:1', range: 'rfc6052', note: 'NAT64 local-use prefix' },
    { address: '2002:7f00:1::1', range: '6to4', note: '6to4 of 127.0.0.1' },
    { address: '2002:101:101::1', range: '6to4', note: '6to4 of a public IPv4' },
    { address: '2001::1', range: 'teredo', note: 'Teredo' },
    { address: 'fec0::1', range: 'deprecatedSiteLocal', note: 'site-local, deprecated' },
    { address: 'feff::1', range: 'deprecatedSiteLocal', note: 'the end of site-local' },
    { address: '100::1', range: 'discard', note: 'discard-only' },
    { address: '3fff::1', range: 'reserved', note: 'documentation (RFC 9637)' },
    { address: '5f00::1', range: 'segmentRouting', note: 'SRv6 SIDs' },
    { address: '::1:0:0:1', range: 'reserved', note: 'outside 2000::/3, IETF reserved' },
    { address: '200::1', range: 'reserved', note: 'outside 2000::/3, IETF reserved' },
    { address: '4000::1', range: 'reserved', note: 'outside 2000::/3, unassigned' },
    { address: 'fe00::1', range: 'reserved', note: 'outside 2000::/3, unassigned' },
  ])('refuses $address as $range ($note)', ({ address, range }) => {
    expect(judgeAddress(address)).toEqual({ isAllowed: false, address, range })
  })
})
