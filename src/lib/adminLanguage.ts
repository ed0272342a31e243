/** Payload's cookie for the language a user picks in the admin's account settings (`${cookiePrefix}-lng`). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'
const LANGUAGE_CHOSEN = new RegExp(`(^|;\\s*)${ADMIN_LANGUAGE_COOKIE}=`)

/**
 * The admin and the API's messages are in Vietnamese whatever the browser's language: Payload would follow
 * Accept-Language, so an English browser got English. A language chosen in the account settings (its cookie) still
 * wins. The headers to use instead, or null when they stand as they are.
 */
export function vietnameseUnlessChosen(headers: Headers): Headers | null {
  if (LANGUAGE_CHOSEN.test(headers.get('cookie') ?? '')) return null
  if (headers.get('accept-language') === 'vi') return null
  const out = new Headers(headers)
  out.set('accept-language', 'vi')
  return out
}

/** The request as Payload should read it (the body is handed on unread, so an upload still streams). */
export function inAdminLanguage(request: Request): Request {
  const headers = vietnameseUnlessChosen(request.headers)
  return headers ? new Request(request, { headers }) : request
}
