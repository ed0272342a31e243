import { NextResponse, type NextRequest } from 'next/server'
import { searchResultsPath } from './domain/search/searchResultsPath'
import { vietnameseUnlessChosen } from './lib/adminLanguage'

/**
 * The admin's pages open in Vietnamese whatever the browser's language (the API does the same in its handlers).
 * A search keeps its address (`/tim-kiem?q=…`) but is rendered by the results route, which Next caches per query.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname === '/tim-kiem') {
    const target = searchResultsPath(request.nextUrl.searchParams.get('q'), request.nextUrl.searchParams.get('trang'))
    return target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next()
  }
  const headers = vietnameseUnlessChosen(request.headers)
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

// only the admin's pages and the search: Next holds a whole request body in memory (twice) for a proxy, so the API
// (uploads among it) sets its language in its own handlers instead
export const config = { matcher: ['/admin/:path*', '/tim-kiem'] }
