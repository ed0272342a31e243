import { Pagination } from '@/components/site/Pagination'
import { MIN_QUERY_LENGTH, normalizeQuery } from '@/domain/search/normalizeQuery'
import { SEARCH_MAX_PAGE } from '@/domain/search/searchResultsPath'
import { payloadClient } from '@/lib/payload'
import { searchSite } from '@/lib/search/searchSite'
import { hrefWith } from '@/lib/site/params'
import { SearchForm } from './SearchForm'
import { SearchResults } from './SearchResults'

/** The search page: the form with the visitor's words, and one page of results when there are words to search. */
export async function SearchView({ words = '', page = 1 }: { words?: string; page?: number }) {
  const q = normalizeQuery(words)
  const result = q.ok ? await searchSite(await payloadClient(), q, page) : null

  return (
    <section aria-labelledby="tieu-de-tim-kiem">
      <h1 id="tieu-de-tim-kiem">Tìm kiếm</h1>
      <SearchForm id="tim-kiem-trang" defaultValue={q.text} />
      <p className="hint">Có thể gõ không dấu: “nguyen thi hoa” tìm được “Nguyễn Thị Hoa”.</p>
      <div role="status" aria-live="polite">
        {!q.ok && q.reason === 'tooShort' ? <p>Vui lòng nhập ít nhất {MIN_QUERY_LENGTH} ký tự.</p> : null}
        {result?.correctedFrom ? (
          <p data-testid="search-corrected">
            Không tìm thấy “{result.correctedFrom}”. Kết quả cho “{result.query}”:
          </p>
        ) : null}
        {result ? (
          result.total ? (
            <p>
              Tìm thấy {result.capped ? 'hơn ' : ''}
              {result.total.toLocaleString('vi-VN')} kết quả cho “{result.correctedFrom ? result.query : q.text}”
              {result.totalPages > 1 ? ` (trang ${result.page}/${result.totalPages})` : ''}.
            </p>
          ) : (
            <p>Không tìm thấy kết quả nào cho “{q.text}”. Hãy thử từ khóa ngắn hơn hoặc kiểm tra chính tả.</p>
          )
        ) : null}
      </div>
      {result && q.ok && result.hits.length ? (
        <>
          <SearchResults hits={result.hits} folded={result.query} start={(result.page - 1) * result.perPage + 1} />
          <Pagination
            page={result.page}
            totalPages={Math.min(result.totalPages, SEARCH_MAX_PAGE)}
            href={(p) => hrefWith('/tim-kiem', { q: result.correctedFrom ? result.query : q.text, trang: p > 1 ? p : undefined })}
          />
        </>
      ) : null}
    </section>
  )
}
