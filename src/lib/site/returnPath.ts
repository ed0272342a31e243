import { firstParam } from './params'

/** The query parameter that carries where to go after signing in. */
export const RETURN_PARAM = 'quay-lai'

/**
 * A path on this site to return to after signing in, or null. Only local paths pass: an absolute or
 * protocol-relative URL ("//evil.example", "/\\evil.example") would turn the login form into an open redirect.
 */
export function safeReturnPath(value: string | string[] | undefined): string | null {
  const raw = firstParam(value)?.trim()
  if (!raw || raw.length > 500 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F\\]/.test(raw)) return null
  try {
    const url = new URL(raw, 'http://site.invalid')
    return url.origin === 'http://site.invalid' ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}

/** The login page, returning to `path` afterwards. */
export const loginPath = (returnTo?: string | null) =>
  returnTo ? `/tai-khoan/dang-nhap?${RETURN_PARAM}=${encodeURIComponent(returnTo)}` : '/tai-khoan/dang-nhap'
