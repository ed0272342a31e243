/**
 * The address a request came from, for throttling.
 *
 * Next.js does not hand route handlers the socket address: it fills X-Forwarded-For with it only when the
 * request carries none, and keeps a client's own header otherwise. So the header is read from the right:
 * entries added by the proxies named in TRUST_PROXY (comma-separated addresses, e.g. "127.0.0.1,::1") are
 * skipped, and the first other entry is the client. Deployed behind nginx, the app must listen only where the
 * proxy reaches it (see README, "Behind nginx").
 */
import { isIP } from 'node:net'

const trusted = (): Set<string> =>
  new Set(
    (process.env.TRUST_PROXY ?? '')
      .split(',')
      .map((s) => normalise(s.trim()))
      .filter((s): s is string => !!s),
  )

/** IPv4 as is (IPv4-mapped IPv6 unwrapped); IPv6 reduced to its /64, which one subscriber usually holds whole. */
export function normalise(raw: string): string | null {
  let ip = raw.trim().replace(/^\[|\]$/g, '')
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) ip = ip.slice(7)
  const kind = isIP(ip)
  if (kind === 4) return ip
  if (kind !== 6) return null
  const [head, tail = ''] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/** The client's address from the request headers, or null when there is none (Local API, jobs). */
export function clientAddress(headers: Headers | undefined): string | null {
  const header = headers?.get('x-forwarded-for')
  if (!header) return null
  const hops = header
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const proxies = trusted()
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = normalise(hops[i])
    if (ip && proxies.has(ip) && i > 0) continue
    return ip ?? 'invalid'
  }
  return null
}
