import Link from 'next/link'
import { snippet } from '@/domain/search/snippet'
import type { SearchHit } from '@/lib/search/searchSite'
import { formatDate } from '@/lib/site/format'
import { articlePath, exemplarPath } from '@/lib/site/paths'

export const SEARCH_TYPE_LABELS: Record<SearchHit['type'], string> = {
  exemplar: 'Điển hình tiên tiến',
  article: 'Bài viết',
}

function Snippet({ text, folded }: { text: string | null; folded: string }) {
  const parts = snippet(text, folded)
  if (!parts.length) return null
  return <p>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>
}

/** The ranked list: type label, linked title, where/when, and an excerpt with the matched words marked. */
export function SearchResults({ hits, folded, start }: { hits: SearchHit[]; folded: string; start: number }) {
  return (
    <ol className="search-results plain" start={start}>
      {hits.map((h) => (
        <li key={`${h.type}-${h.id}`} className="card">
          <span className="badge">{SEARCH_TYPE_LABELS[h.type]}</span>
          <h2>
            <Link href={h.type === 'exemplar' ? exemplarPath(h.slug) : articlePath(h.slug)}>{h.title}</Link>
          </h2>
          {h.type === 'exemplar' && h.locality ? <p className="meta">{h.locality}</p> : null}
          {h.type === 'article' && h.publishedAt ? (
            <p className="meta">
              Đăng ngày <time dateTime={h.publishedAt}>{formatDate(h.publishedAt)}</time>
            </p>
          ) : null}
          <Snippet text={h.text} folded={folded} />
        </li>
      ))}
    </ol>
  )
}
