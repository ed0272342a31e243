import { normalizeQuery } from './normalizeQuery'

/** Results per page, and the deepest page offered (past it a visitor should refine the words). */
export const SEARCH_PER_PAGE = 20
export const SEARCH_MAX_PAGE = 50

/**
 * Longest words (UTF-8 bytes) given their own cached page. Next's file cache names a file after the decoded path
 * segment, and a file name holds at most 255 bytes; 100 letters with Vietnamese marks take up to 300.
 */
export const CACHED_QUERY_MAX_BYTES = 150

/** Whether these words can name a cached page's file. */
export const fitsCacheFileName = (words: string) => new TextEncoder().encode(words).length <= CACHED_QUERY_MAX_BYTES

/** `trang` from the query string: 1 when absent or malformed, the deepest page when beyond it. */
export function searchPageNumber(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,15}$/.test(raw.trim())) return 1
  return Math.min(Math.max(1, Number(raw.trim())), SEARCH_MAX_PAGE)
}

/**
 * Where `/tim-kiem?q=…&trang=…` is rendered: the results route keyed by the normalised words and the page, so
 * "Nguyễn  Thị Hoa!" and "Nguyễn Thị Hoa" share one cached page. Null when there are no words (the empty form) or
 * too many to name a cache file: the search page itself then answers, uncached.
 */
export function searchResultsPath(q: string | null | undefined, trang: string | null | undefined): string | null {
  const query = normalizeQuery(q ?? undefined)
  if (!query.text || !fitsCacheFileName(query.text)) return null
  return `/tim-kiem/ket-qua/${searchPageNumber(trang)}/${encodeURIComponent(query.text)}`
}
