import { NextResponse, type NextRequest } from 'next/server'
import { ADMIN_LANGUAGE_COOKIE } from './lib/adminLanguage'

/**
 * The admin (and the API's messages) open in Vietnamese whatever the browser's language: Payload would follow
 * Accept-Language, so an English browser got an English admin. A language chosen in the account settings (its
 * cookie) still wins, so English stays available to whoever wants it.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'vi')
  return NextResponse.next({ request: { headers } })
}

// not the resumable upload route: Next buffers a request body for the proxy (10 MB at most), and its pieces are large
export const config = { matcher: ['/admin/:path*', '/api', '/api/((?!uploads/tus(?:/|$)).*)'] }
