import { plainTextNotFound } from '@/lib/http'
import { payloadClient } from '@/lib/payload'
import { articleEnclosure } from '@/lib/seo/enclosure'
import { renderRss } from '@/lib/seo/rss'
import { absoluteUrl, columnRssPath } from '@/lib/seo/urls'
import { segment } from '@/lib/site/params'
import { articlePath, columnPath } from '@/lib/site/paths'
import { findColumn, findOutletBySlug } from '@/lib/site/queries'

/** Kept like the column page; publishing an article revalidates it at once (see the Articles hooks). */
export const revalidate = 300
// a route handler is cached only when static: no feed is built ahead, each is made on its first request
export const dynamic = 'force-static'
export const generateStaticParams = async (): Promise<{ outlet: string; column: string }[]> => []

const FEED_SIZE = 30

type Params = Promise<{ outlet: string; column: string }>

/** GET /chuyen-muc/:outlet/:column/rss.xml — the column's latest 30 published articles as RSS 2.0. */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { outlet: outletSlug, column: columnSlug } = await params
  const outlet = await findOutletBySlug(segment(outletSlug))
  const column = outlet ? await findColumn(outlet.id, segment(columnSlug)) : null
  if (!outlet || !column) return plainTextNotFound('Không tìm thấy chuyên mục.')

  const payload = await payloadClient()
  const articles = await payload.find({
    collection: 'articles',
    where: { and: [{ column: { equals: column.id } }, { _status: { equals: 'published' } }] },
    sort: '-publishedAt',
    limit: FEED_SIZE,
    depth: 1,
    overrideAccess: false,
    locale: 'vi',
    select: {
      title: true,
      slug: true,
      excerpt: true,
      publishedAt: true,
      byline: true,
      format: true,
      coverImage: true,
      audio: true,
      video: true,
      updatedAt: true,
    },
    populate: { media: { url: true, filename: true, mimeType: true, filesize: true } },
  })
  const xml = renderRss({
    title: `${column.name} — ${outlet.name}`,
    link: absoluteUrl(columnPath(outlet.slug, column.slug)),
    selfLink: absoluteUrl(columnRssPath(outlet.slug, column.slug)),
    description: column.description || `Chuyên mục ${column.name} của ${outlet.name}`,
    lastBuildDate: articles.docs[0]?.publishedAt ?? null,
    items: articles.docs.map((a) => {
      const link = absoluteUrl(articlePath(a.slug))
      return {
        title: a.title,
        link,
        guid: link,
        description: a.excerpt,
        pubDate: a.publishedAt,
        author: a.byline,
        enclosure: articleEnclosure(a),
      }
    }),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
