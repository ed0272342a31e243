import { MAX_QUERY_LENGTH } from '@/domain/search/normalizeQuery'
import './search.css'

/**
 * The site search box: a plain GET form (works without JavaScript), a visible-to-screen-readers label,
 * role="search" so assistive technology lists it as a landmark. `id` keeps labels unique when two forms share a page.
 */
export function SearchForm({
  id = 'tim-kiem-dau-trang',
  defaultValue = '',
  compact = false,
}: {
  id?: string
  defaultValue?: string
  compact?: boolean
}) {
  return (
    <form
      role="search"
      action="/tim-kiem"
      method="get"
      className={compact ? 'search-form compact' : 'search-form'}
      aria-label="Tìm kiếm trên trang"
    >
      <label htmlFor={id} className={compact ? 'sr-only' : undefined}>
        Tìm điển hình, bài viết
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Ví dụ: nguyen thi hoa"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Tìm kiếm</button>
    </form>
  )
}
