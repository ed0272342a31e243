import { NextRequest } from 'next/server'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { getRequestLanguage, type SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { ADMIN_LANGUAGE_COOKIE, inAdminLanguage } from '../../src/lib/adminLanguage'
import { config as proxyConfig, proxy } from '../../src/proxy'

// what Payload decides from a request: its cookie, then Accept-Language, then the fallback
const i18n = { i18n: { supportedLanguages: { vi: {}, en: {} }, fallbackLanguage: 'vi' } } as unknown as SanitizedConfig

/** The request headers the app sees after the proxy. */
function afterProxy(headers: Record<string, string>): Headers {
  const res = proxy(new NextRequest('http://localhost:3000/admin', { headers }))
  const out = new Headers(headers)
  const overridden = res.headers.get('x-middleware-override-headers')
  for (const name of overridden?.split(',') ?? []) out.set(name, res.headers.get(`x-middleware-request-${name}`) ?? '')
  return out
}

const language = (headers: Headers) => {
  const cookie = headers.get('cookie')?.match(new RegExp(`${ADMIN_LANGUAGE_COOKIE}=(\\w+)`))?.[1]
  return getRequestLanguage({ config: i18n, cookies: new Map(cookie ? [[ADMIN_LANGUAGE_COOKIE, cookie]] : []), headers })
}

describe('admin language', () => {
  it('an English browser gets the Vietnamese admin', () => {
    expect(language(new Headers({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('en') // Payload alone
    expect(language(afterProxy({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('vi')
  })

  it('English chosen in the account settings stays English', () => {
    expect(language(afterProxy({ 'accept-language': 'vi-VN', cookie: `${ADMIN_LANGUAGE_COOKIE}=en` }))).toBe('en')
  })

  it('runs on the admin pages only: an API request body (an upload) is never held for it', () => {
    const runsOn = (path: string) => proxyConfig.matcher.some((m) => unstable_doesMiddlewareMatch({ config: { matcher: m }, url: path }))
    for (const path of ['/admin', '/admin/collections/media', '/admin/chi-tieu']) expect(runsOn(path), path).toBe(true)
    for (const path of ['/', '/cuoc-thi', '/api', '/api/media', '/api/users/me', '/api/graphql', '/api/uploads/tus/abc'])
      expect(runsOn(path), path).toBe(false)
  })

  it('the API handlers read an English browser as Vietnamese, keep a chosen language, and pass the body on unread', async () => {
    const english = inAdminLanguage(
      new Request('http://localhost:3000/api/media', { method: 'POST', headers: { 'accept-language': 'en-US' }, body: 'tệp' }),
    )
    expect(language(english.headers)).toBe('vi')
    expect(await english.text()).toBe('tệp')
    const chosen = new Request('http://localhost:3000/api/users/me', {
      headers: { 'accept-language': 'vi', cookie: `a=b; ${ADMIN_LANGUAGE_COOKIE}=en` },
    })
    expect(inAdminLanguage(chosen)).toBe(chosen)
    expect(language(inAdminLanguage(chosen).headers)).toBe('en')
  })
})
