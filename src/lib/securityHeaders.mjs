/**
 * The security headers every response carries (pages, admin, API, uploaded files), applied by next.config.mjs
 * `headers()`. Plain ESM JavaScript so next.config.mjs can import it.
 *
 * Scripts are allowed 'unsafe-inline' rather than a per-request nonce: a nonce makes Next render every page per
 * request, and the public pages must stay static/ISR to be served fast (docs/adr/0002-csp-without-nonce.md).
 */

/** @param {string | undefined} url */
export const isHttps = (url) => typeof url === 'string' && /^https:\/\//i.test(url.trim())

/**
 * @param {{ admin?: boolean, dev?: boolean, https?: boolean }} opts
 * @returns {string}
 */
export function contentSecurityPolicy({ admin = false, dev = false, https = false } = {}) {
  // the admin's JSON field editor (Monaco) loads from jsDelivr
  const cdn = admin ? ' https://cdn.jsdelivr.net' : ''
  const directives = [
    "default-src 'self'",
    // dev: React refresh evaluates code
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}${cdn}`,
    // Payload's admin and Next's style injection write inline styles
    `style-src 'self' 'unsafe-inline'${cdn}`,
    "img-src 'self' data: blob:",
    `font-src 'self' data:${cdn}`,
    `connect-src 'self'${dev ? ' ws: wss:' : ''}${cdn}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/**
 * @param {{ publicUrl?: string, dev?: boolean, admin?: boolean }} opts
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaderList({ publicUrl, dev = false, admin = false } = {}) {
  const https = isHttps(publicUrl)
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ admin, dev, https }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}

/**
 * Rules for next.config.mjs `headers()`: every path, then the admin's policy (a later rule wins for the same key).
 * @param {{ publicUrl?: string, dev?: boolean }} opts
 */
export function securityHeaderRules({ publicUrl, dev = false } = {}) {
  return [
    { source: '/:path*', headers: securityHeaderList({ publicUrl, dev }) },
    {
      source: '/admin/:path*',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ admin: true, dev, https: isHttps(publicUrl) }) }],
    },
  ]
}

const CLIENT_HINT_HEADERS = new Set(['accept-ch', 'critical-ch', 'vary'])

/**
 * withPayload asks every page for the colour-scheme client hint with `Critical-CH`, which makes a browser load each
 * page a second time to send it. Only the admin (dark mode) uses the hint: the rule keeps those headers there.
 * @param {{ source: string, headers: { key: string, value: string }[] }[]} rules
 */
export function adminOnlyClientHints(rules) {
  return rules.flatMap((rule) => {
    const hints = rule.headers.filter((h) => CLIENT_HINT_HEADERS.has(h.key.toLowerCase()))
    if (rule.source !== '/:path*' || !hints.some((h) => h.key.toLowerCase() === 'critical-ch')) return [rule]
    const rest = rule.headers.filter((h) => !CLIENT_HINT_HEADERS.has(h.key.toLowerCase()))
    return [...(rest.length ? [{ ...rule, headers: rest }] : []), { source: '/admin/:path*', headers: hints }]
  })
}
