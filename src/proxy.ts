import { NextResponse, type NextRequest } from 'next/server'
import { fitsCacheFileName, searchResultsPath } from './domain/search/searchResultsPath'
import { vietnameseUnlessChosen } from './lib/adminLanguage'
import { segment } from './lib/site/params'

const RESULTS_WORDS = /^\/tim-kiem\/ket-qua\/[^/]+\/([^/]+)$/
// page 0 is never a results page: the route answers its "not found"
const NOT_A_RESULTS_PAGE = '/tim-kiem/ket-qua/0/-'

/**
 * The admin's pages open in Vietnamese whatever the browser's language (the API does the same in its handlers).
 * A search keeps its address (`/tim-kiem?q=…`) but is rendered by the results route, which Next caches per query.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/tim-kiem') {
    const target = searchResultsPath(searchParams.get('q'), searchParams.get('trang'))
    return target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next()
  }
  // a results address typed by hand with words too long to name a cache file: the same "not found" page, cached
  // under a short name
  const words = RESULTS_WORDS.exec(pathname)?.[1]
  if (words && !fitsCacheFileName(segment(words))) return NextResponse.rewrite(new URL(NOT_A_RESULTS_PAGE, request.url))
  const headers = vietnameseUnlessChosen(request.headers)
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

// only the admin's pages and the search's addresses: Next holds a whole request body in memory (twice) for a proxy, so the API
// (uploads among it) sets its language in its own handlers instead
export const config = { matcher: ['/admin/:path*', '/tim-kiem', '/tim-kiem/ket-qua/:path*'] }
