import Link from 'next/link'
import { EXEMPLAR_KIND_LABELS } from '@/domain/exemplars/labels'
import { ARTICLE_FORMAT_LABELS } from '@/domain/editorial/labels'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '../../domain/exemplars/status'
import type { Article, Column, Exemplar, Media, Outlet, Unit } from '../../payload-types'
import { formatDate } from '../../lib/site/format'
import { articlePath, exemplarPath } from '../../lib/site/paths'
import { populated } from '../../lib/site/relations'
import { Img } from './Img'

export function StatusBadge({ status }: { status: ExemplarStatus }) {
  return <span className="badge">{EXEMPLAR_STATUS_LABELS[status]?.vi ?? status}</span>
}

export const kindLabel = (kind: Exemplar['kind'] | null | undefined) => (kind ? (EXEMPLAR_KIND_LABELS[kind]?.vi ?? kind) : '')

interface ExemplarCardData {
  id: number
  name?: string | null
  slug?: string | null
  kind?: Exemplar['kind'] | null
  status?: Exemplar['status'] | null
  unit?: number | Unit | null
  photo?: number | Media | null
  summary?: string | null
}

/**
 * An exemplar in a grid; `headingLevel` keeps the page's heading order; `priority` loads the photo at once (the
 * first card of a page, which is in view when the page opens).
 */
export function ExemplarCard({
  exemplar: e,
  headingLevel = 3,
  priority = false,
}: {
  exemplar: ExemplarCardData
  headingLevel?: 2 | 3
  priority?: boolean
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const unit = populated(e.unit)
  return (
    <article className="card card-media">
      <Img media={e.photo} size="card" alt={e.name ? `Ảnh ${e.name}` : ''} priority={priority} />
      <div className="card-body">
        <H>
          <Link href={exemplarPath(e.slug)}>{e.name}</Link>
        </H>
        <p className="meta">{[kindLabel(e.kind), unit?.name].filter(Boolean).join(' · ')}</p>
        {e.status ? <StatusBadge status={e.status} /> : null}
        {e.summary ? <p>{e.summary}</p> : null}
      </div>
    </article>
  )
}

interface ArticleCardData {
  id: number
  title?: string | null
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  byline?: string | null
  format?: Article['format']
  coverImage?: number | Media | null
  column?: number | Column | null
  outlet?: number | Outlet | null
}

export function ArticleCard({
  article: a,
  headingLevel = 3,
  showSource = true,
  priority = false,
}: {
  article: ArticleCardData
  headingLevel?: 2 | 3
  showSource?: boolean
  priority?: boolean
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  const column = populated(a.column)
  const outlet = populated(a.outlet)
  const meta = [
    showSource ? outlet?.name : undefined,
    showSource ? column?.name : undefined,
    a.format && a.format !== 'text' ? ARTICLE_FORMAT_LABELS[a.format].vi : undefined,
  ].filter(Boolean)
  return (
    <article className="card card-media">
      <Img media={a.coverImage} size="card" alt="" priority={priority} />
      <div className="card-body">
        <H>
          <Link href={articlePath(a.slug)}>{a.title}</Link>
        </H>
        <p className="meta">
          {meta.length ? `${meta.join(' · ')} · ` : ''}
          {a.publishedAt ? <time dateTime={a.publishedAt}>{formatDate(a.publishedAt)}</time> : null}
          {a.byline ? ` · ${a.byline}` : ''}
        </p>
        {a.excerpt ? <p>{a.excerpt}</p> : null}
      </div>
    </article>
  )
}
