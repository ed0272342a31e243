import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArticleCard } from '../../../../../components/site/cards'
import { Pagination } from '../../../../../components/site/Pagination'
import { payloadClient } from '../../../../../lib/payload'
import { imageSource } from '../../../../../lib/site/media'
import { hrefWith, positiveInt, segment, type SearchParams } from '../../../../../lib/site/params'
import { columnPath, outletAnchor, siteUrl } from '../../../../../lib/site/paths'
import { findColumn, findOutletBySlug } from '../../../../../lib/site/queries'

export const revalidate = 300

export async function generateStaticParams(): Promise<{ outlet: string; column: string }[]> {
  return []
}

const PER_PAGE = 10

type Params = Promise<{ outlet: string; column: string }>

async function load(params: Params) {
  const { outlet: outletSlug, column: columnSlug } = await params
  const outlet = await findOutletBySlug(segment(outletSlug))
  if (!outlet) return null
  const column = await findColumn(outlet.id, segment(columnSlug))
  return column ? { outlet, column } : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await load(params)
  if (!found) return { title: 'Không tìm thấy chuyên mục' }
  const { outlet, column } = found
  const path = columnPath(outlet.slug, column.slug)
  const description = column.description || `Chuyên mục ${column.name} của ${outlet.name}`
  const image = imageSource(column.cover, 'card', column.name)
  return {
    title: `${column.name} — ${outlet.name}`,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      title: column.name,
      description,
      url: siteUrl(path),
      locale: 'vi_VN',
      images: image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
  }
}

export default async function ColumnPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const found = await load(params)
  if (!found) notFound()
  const { outlet, column } = found
  const page = positiveInt((await searchParams)['trang'], 10_000) ?? 1

  const payload = await payloadClient()
  const articles = await payload.find({
    collection: 'articles',
    where: { and: [{ column: { equals: column.id } }, { _status: { equals: 'published' } }] },
    sort: '-publishedAt',
    page,
    limit: PER_PAGE,
    depth: 1,
    overrideAccess: false,
    locale: 'vi',
    select: { title: true, slug: true, excerpt: true, publishedAt: true, byline: true, format: true, coverImage: true },
  })
  const path = columnPath(outlet.slug, column.slug)

  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/chuyen-muc">Chuyên mục</Link> › <Link href={outletAnchor(outlet.slug)}>{outlet.name}</Link> ›{' '}
        <span aria-current="page">{column.name}</span>
      </nav>
      <h1>{column.name}</h1>
      <p className="meta">{outlet.name}</p>
      {column.description ? <p>{column.description}</p> : null}

      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach">Bài viết mới nhất</h2>
        {articles.docs.length ? (
          <div className="grid">
            {articles.docs.map((a) => (
              <ArticleCard key={a.id} article={a} showSource={false} />
            ))}
          </div>
        ) : (
          <p>{page > 1 ? 'Không có bài viết ở trang này.' : 'Chuyên mục chưa có bài viết.'}</p>
        )}
        <Pagination page={articles.page ?? page} totalPages={articles.totalPages} href={(p) => hrefWith(path, { trang: p > 1 ? p : undefined })} />
      </section>
    </>
  )
}
