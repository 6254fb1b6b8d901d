import { describe, expect, it } from 'vitest'

import { parseConnectTo, routeFor } from '../../../src/watch/connectTo'

const rulesOf = (value: string) => {
  const parsed = parseConnectTo(value)
  if (!parsed.isValid) throw new Error(parsed.problems.join('; '))
  return parsed.rules
}

describe('parseConnectTo', () => {
  it.each([
    {
      value: 'getsession.org:443:127.0.0.1:8443',
      rules: [{ fromHost: 'getsession.org', fromPort: 443, toAddress: '127.0.0.1', toPort: 8443 }],
    },
    {
      value: 'GetSession.org:443:[::1]:8443',
      rules: [{ fromHost: 'getsession.org', fromPort: 443, toAddress: '::1', toPort: 8443 }],
    },
    {
      value: '::127.0.0.1:',
      rules: [{ fromHost: null, fromPort: null, toAddress: '127.0.0.1', toPort: null }],
    },
    {
      value: '[2001:db8::1]:80::8080',
      rules: [{ fromHost: '2001:db8::1', fromPort: 80, toAddress: null, toPort: 8080 }],
    },
    {
      value: ' a.example:443:127.0.0.1:1 , b.example::127.0.0.2: ',
      rules: [
        { fromHost: 'a.example', fromPort: 443, toAddress: '127.0.0.1', toPort: 1 },
        { fromHost: 'b.example', fromPort: null, toAddress: '127.0.0.2', toPort: null },
      ],
    },
  ])('reads "$value"', ({ value, rules }) => {
    expect(parseConnectTo(value)).toEqual({ isValid: true, rules })
  })

  it.each([{ value: undefined }, { value: '' }, { value: '  ' }])(
    'reads $value as no rules',
    ({ value }) => {
      expect(parseConnectTo(value)).toEqual({ isValid: true, rules: [] })
    },
  )

  it.each([
    { value: 'getsession.org:443:127.0.0.1', says: 'expected HOST1:PORT1:HOST2:PORT2' },
    { value: 'a:1:b:2:c', says: 'expected HOST1:PORT1:HOST2:PORT2' },
    { value: 'getsession.org:443:[::1:8443', says: 'expected HOST1:PORT1:HOST2:PORT2' },
    { value: 'getsession.org:443:localhost:8443', says: 'HOST2 "localhost" must be an IP address' },
    { value: 'getsession.org:443:[127.0.0.1]:8443', says: 'is not an IPv6 address' },
    { value: 'getsession.org:https:127.0.0.1:8443', says: 'PORT1 must be a port 1–65535' },
    { value: 'getsession.org:443:127.0.0.1:70000', says: 'PORT2 must be a port 1–65535' },
    { value: 'getsession.org:443:127.0.0.1:0', says: 'PORT2 must be a port 1–65535' },
    { value: 'a.example:443:127.0.0.1:1,,b.example:443:127.0.0.1:1', says: 'an empty rule' },
  ])('refuses "$value" and says "$says"', ({ value, says }) => {
    const parsed = parseConnectTo(value)
    expect(parsed.isValid ? [] : parsed.problems.join('\n')).toContain(says)
  })

  it('reports every bad rule at once', () => {
    expect(parseConnectTo('a:1:b:2,good.example:443:127.0.0.1:1,c:x:127.0.0.1:1')).toEqual({
      isValid: false,
      problems: [
        '"a:1:b:2": HOST2 "b" must be an IP address (or empty)',
        '"c:x:127.0.0.1:1": PORT1 must be a port 1–65535',
      ],
    })
  })
})

describe('routeFor', () => {
  const rules = rulesOf('getsession.org:443:127.0.0.1:8443,getsession.org::[::1]:,::127.0.0.2:9000')

  it.each([
    { host: 'getsession.org', port: 443, route: { host: '127.0.0.1', port: 8443, isExempt: true } },
    { host: 'GETSESSION.org', port: 443, route: { host: '127.0.0.1', port: 8443, isExempt: true } },
    { host: 'getsession.org', port: 80, route: { host: '::1', port: 80, isExempt: true } },
    { host: 'any.example', port: 8000, route: { host: '127.0.0.2', port: 9000, isExempt: true } },
  ])('routes $host:$port by the first matching rule', ({ host, port, route }) => {
    expect(routeFor({ rules, host, port })).toEqual(route)
  })

  it('keeps the URL host and its address rules without a rule naming an address', () => {
    expect(routeFor({ rules: rulesOf(':80::8080'), host: '[2001:db8::1]', port: 80 })).toEqual({
      host: '2001:db8::1',
      port: 8080,
      isExempt: false,
    })
  })

  it('keeps host and port without any rules', () => {
    expect(routeFor({ rules: [], host: 'getsession.org', port: 443 })).toEqual({
      host: 'getsession.org',
      port: 443,
      isExempt: false,
    })
  })
})
