import { NextResponse, type NextRequest } from 'next/server'
import { vietnameseUnlessChosen } from './lib/adminLanguage'

/** The admin's pages open in Vietnamese whatever the browser's language (the API does the same in its handlers). */
export function proxy(request: NextRequest): NextResponse {
  const headers = vietnameseUnlessChosen(request.headers)
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

// only the admin's pages: Next holds a whole request body in memory (twice) for a proxy, so the API (uploads
// among it) sets its language in its own handlers instead
export const config = { matcher: ['/admin/:path*'] }
