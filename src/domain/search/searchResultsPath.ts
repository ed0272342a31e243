import { normalizeQuery } from './normalizeQuery'

/** Results per page, and the deepest page offered (past it a visitor should refine the words). */
export const SEARCH_PER_PAGE = 20
export const SEARCH_MAX_PAGE = 50

/** `trang` from the query string: 1 when absent or malformed, the deepest page when beyond it. */
export function searchPageNumber(raw: string | null | undefined): number {
  if (!raw || !/^\d{1,15}$/.test(raw.trim())) return 1
  return Math.min(Math.max(1, Number(raw.trim())), SEARCH_MAX_PAGE)
}

/**
 * Where `/tim-kiem?q=…&trang=…` is rendered: the results route keyed by the normalised words and the page, so
 * "Nguyễn  Thị Hoa!" and "Nguyễn Thị Hoa" share one cached page. Null when there are no words (the empty form).
 */
export function searchResultsPath(q: string | null | undefined, trang: string | null | undefined): string | null {
  const query = normalizeQuery(q ?? undefined)
  if (!query.text) return null
  return `/tim-kiem/ket-qua/${searchPageNumber(trang)}/${encodeURIComponent(query.text)}`
}
