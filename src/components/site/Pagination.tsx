import Link from 'next/link'

/** Previous / numbered / next links; `href(page)` builds each page's URL. */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const pages = pageWindow(page, totalPages)
  return (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ‹ Trang trước
        </Link>
      ) : null}
      <ul>
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="current">
                  <span className="sr-only">Trang </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} aria-label={`Trang ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          Trang sau ›
        </Link>
      ) : null}
    </nav>
  )
}

/** 1 … 4 5 [6] 7 8 … 20 */
function pageWindow(page: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= total))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | null)[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null)
    out.push(p)
  })
  return out
}
