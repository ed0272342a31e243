import { afterEach, describe, expect, it } from 'vitest'
import { clientAddress, normalise } from '../../src/lib/auth/clientAddress'

const h = (xff?: string) => new Headers(xff ? { 'x-forwarded-for': xff } : {})

describe('client address', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY
  })

  it('no proxy trusted: the address Next put in X-Forwarded-For (the right-most entry)', () => {
    expect(clientAddress(h('198.51.100.4'))).toBe('198.51.100.4')
    expect(clientAddress(h('1.1.1.1, 198.51.100.4'))).toBe('198.51.100.4')
    expect(clientAddress(h())).toBeNull()
  })

  it('behind trusted proxies: their entries are skipped, a client cannot choose its own address', () => {
    process.env.TRUST_PROXY = '127.0.0.1, 10.0.0.2'
    // nginx appends the address it saw; what the client wrote stays on the left
    expect(clientAddress(h('6.6.6.6, 203.0.113.9, 10.0.0.2'))).toBe('203.0.113.9')
    expect(clientAddress(h('203.0.113.9'))).toBe('203.0.113.9')
  })

  it('IPv4-mapped addresses are unwrapped, IPv6 counts per /64, rubbish is one bucket', () => {
    expect(normalise('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(normalise('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64')
    expect(normalise('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(normalise('[2001:db8:a:b::9]')).toBe('2001:db8:a:b::/64')
    expect(clientAddress(h('not-an-ip'))).toBe('invalid')
  })
})
