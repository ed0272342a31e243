import { describe, expect, it } from 'vitest'
import type { NextConfig } from 'next'
import nextConfigFor from '../../next.config.mjs'

const loadNextConfig = (phase: string): NextConfig => (nextConfigFor as unknown as (phase: string) => NextConfig)(phase)
import { contentSecurityPolicy, isHttps, securityHeaderList, securityHeaderRules } from '../../src/lib/securityHeaders.mjs'

const byKey = (list: { key: string; value: string }[]) => Object.fromEntries(list.map((h) => [h.key, h.value]))

describe('security headers', () => {
  it('every response gets the full set; no HSTS over plain http', () => {
    const h = byKey(securityHeaderList({ publicUrl: 'http://localhost:3000' }))
    expect(h['X-Content-Type-Options']).toBe('nosniff')
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(h['Permissions-Policy']).toMatch(/camera=\(\)/)
    expect(h['X-Frame-Options']).toBe('DENY')
    expect(h['Strict-Transport-Security']).toBeUndefined()
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(h['Content-Security-Policy']).toContain("object-src 'none'")
    expect(h['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
  })

  it('HSTS and upgrade-insecure-requests only when the public URL is https', () => {
    const h = byKey(securityHeaderList({ publicUrl: 'https://guongsang.khanhhoa.gov.vn' }))
    expect(h['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(h['Content-Security-Policy']).toContain('upgrade-insecure-requests')
    expect(isHttps(undefined)).toBe(false)
    expect(isHttps(' HTTPS://x.vn')).toBe(true)
  })

  it('scripts: no eval in production, eval only for the dev server; the CDN only in the admin', () => {
    expect(contentSecurityPolicy()).toMatch(/script-src 'self' 'unsafe-inline';/)
    expect(contentSecurityPolicy({ dev: true })).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval';/)
    expect(contentSecurityPolicy()).not.toContain('jsdelivr')
    expect(contentSecurityPolicy({ admin: true })).toContain('https://cdn.jsdelivr.net')
  })

  it('next.config.mjs serves them on every path, the admin policy last, and no X-Powered-By', async () => {
    const nextConfig = loadNextConfig('phase-production-server')
    expect(nextConfig.poweredByHeader).toBe(false)
    const rules = (await nextConfig.headers!()) as { source: string; headers: { key: string; value: string }[] }[]
    const expected = securityHeaderRules({ publicUrl: process.env.NEXT_PUBLIC_SERVER_URL })
    expect(rules.slice(0, 2)).toEqual(expected)
    expect(rules[0].source).toBe('/:path*')
    expect(rules.flatMap((r) => r.headers).some((h) => h.key.toLowerCase() === 'x-powered-by')).toBe(false)
  })

  it('the colour-scheme client hint (Critical-CH, which makes browsers load a page twice) is asked by the admin only', async () => {
    const rules = (await loadNextConfig('phase-production-server').headers!()) as {
      source: string
      headers: { key: string; value: string }[]
    }[]
    const hinting = rules.filter((r) => r.headers.some((h) => h.key === 'Critical-CH'))
    expect(hinting.map((r) => r.source)).toEqual(['/admin/:path*'])
    expect(hinting[0].headers.map((h) => h.key).sort()).toEqual(['Accept-CH', 'Critical-CH', 'Vary'])
    const site = rules.filter((r) => r.source === '/:path*').flatMap((r) => r.headers.map((h) => h.key))
    expect(site).not.toContain('Accept-CH')
    expect(site).not.toContain('Vary')
    expect(site).toContain('Content-Security-Policy')
  })
})
