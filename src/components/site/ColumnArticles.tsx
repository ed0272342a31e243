import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { payloadClient } from '../../lib/payload'
import { rssAlternates } from '../../lib/seo/urls'
import { imageSource } from '../../lib/site/media'
import { pageMetadata } from '../../lib/site/metadata'
import { findInIdOrder } from '@/lib/site/findInIdOrder'
import { pageOfIds } from '../../lib/site/pageOfIds'
import { segment } from '../../lib/site/params'
import { columnPagePath, columnPath, outletAnchor } from '../../lib/site/paths'
import { findColumn, findOutletBySlug } from '../../lib/site/queries'
import { ArticleCard } from './cards'
import { Pagination } from './Pagination'

/**
 * A column (chuyên mục) page: its published articles, newest first. Pages are path segments
 * (`…/trang/2`) rather than a query string so every page can be regenerated in the background (ISR).
 */

export const COLUMN_PAGE_SIZE = 10

export type ColumnParams = Promise<{ outlet: string; column: string; page?: string }>

async function load(params: ColumnParams) {
  const { outlet: outletSlug, column: columnSlug, page: pageParam } = await params
  const page = pageParam === undefined ? 1 : /^\d{1,5}$/.test(pageParam) ? Number(pageParam) : NaN
  if (!Number.isInteger(page) || page < 1) return null
  const outlet = await findOutletBySlug(segment(outletSlug))
  if (!outlet) return null
  const column = await findColumn(outlet.id, segment(columnSlug))
  return column ? { outlet, column, page } : null
}

export async function columnMetadata(params: ColumnParams): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: 'Không tìm thấy chuyên mục' }
  const { outlet, column, page } = found
  const path = columnPagePath(outlet.slug, column.slug, page)
  const description = column.description || `Chuyên mục ${column.name} của ${outlet.name}`
  const image = imageSource(column.cover, 'card', column.name)
  return pageMetadata({
    title: `${column.name}${page > 1 ? ` (trang ${page})` : ''} — ${outlet.name}`,
    description,
    path,
    image,
    alternates: { types: rssAlternates([{ outletSlug: outlet.slug, columnSlug: column.slug, title: `${column.name} — ${outlet.name}` }]) },
    openGraph: { title: column.name },
  })
}

export async function ColumnArticles({ params }: { params: ColumnParams }) {
  const found = await load(params)
  if (!found) notFound()
  const { outlet, column, page } = found

  const payload = await payloadClient()
  const cardFields = { title: true, slug: true, excerpt: true, publishedAt: true, byline: true, format: true, coverImage: true } as const
  // the editors' pinned articles come first, in their order; the rest follow newest first
  const curated = await payload.findByID({
    collection: 'columns',
    id: column.id,
    depth: 0,
    overrideAccess: false,
    select: { pinned: true },
  })
  const pinnedIds = ((curated?.pinned ?? []) as (number | { id: number })[]).map((p) => (typeof p === 'object' ? p.id : p))
  // pinned ids that are not published here are dropped by the first query and cannot be listed by the second
  // anyway, so both run at once
  const [pinnedFound, listed] = await Promise.all([
    pinnedIds.length
      ? payload.find({
          collection: 'articles',
          where: { and: [{ id: { in: pinnedIds } }, { column: { equals: column.id } }, { _status: { equals: 'published' } }] },
          depth: 1,
          limit: pinnedIds.length,
          pagination: false,
          overrideAccess: false,
          locale: 'vi',
          select: cardFields,
        })
      : { docs: [] },
    pageOfIds(payload, {
      collection: 'articles',
      where: {
        and: [
          { column: { equals: column.id } },
          { _status: { equals: 'published' } },
          ...(pinnedIds.length ? [{ id: { not_in: pinnedIds } }] : []),
        ],
      },
      sort: '-publishedAt',
      page,
      limit: COLUMN_PAGE_SIZE,
    }),
  ])
  const pinned = pinnedIds.map((id) => pinnedFound.docs.find((a) => a.id === id)).filter((a) => a !== undefined)
  const listedDocs = await findInIdOrder(payload, { collection: 'articles', ids: listed.ids, select: cardFields })
  const articles = { docs: listedDocs, page: listed.page, totalPages: listed.totalPages }
  if (page > 1 && articles.docs.length === 0) notFound()

  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/chuyen-muc">Chuyên mục</Link> › <Link href={outletAnchor(outlet.slug)}>{outlet.name}</Link> ›{' '}
        {page > 1 ? <Link href={columnPath(outlet.slug, column.slug)}>{column.name}</Link> : <span aria-current="page">{column.name}</span>}
      </nav>
      <h1>
        {column.name}
        {page > 1 ? <span className="meta"> — trang {page}</span> : null}
      </h1>
      <p className="meta">{outlet.name}</p>
      {column.description ? <p>{column.description}</p> : null}

      {page === 1 && pinned.length ? (
        <section aria-labelledby="bai-ghim" data-testid="pinned-articles">
          <h2 id="bai-ghim">Bài tiêu biểu</h2>
          <div className="grid">
            {pinned.map((a, i) => (
              <ArticleCard key={a.id} article={a} showSource={false} priority={i === 0} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach">{page > 1 ? 'Bài viết' : 'Bài viết mới nhất'}</h2>
        {articles.docs.length ? (
          <div className="grid">
            {articles.docs.map((a, i) => (
              <ArticleCard key={a.id} article={a} showSource={false} priority={i === 0 && !(page === 1 && pinned.length)} />
            ))}
          </div>
        ) : pinned.length ? null : (
          <p>Chuyên mục chưa có bài viết.</p>
        )}
        <Pagination
          page={articles.page ?? page}
          totalPages={articles.totalPages}
          href={(p) => columnPagePath(outlet.slug, column.slug, p)}
        />
      </section>
    </>
  )
}
