import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { refId } from '@/access/user'
import { revalidatePaths, SITE_WIDE_PATHS } from '@/lib/seo/revalidate'
import { columnRssPath } from '@/lib/seo/urls'
import { sitemapPathOfId } from '@/domain/site/sitemapParts'
import { articlePath, columnPath, exemplarPath } from '@/lib/site/paths'

interface ArticleLike {
  id?: number | string
  slug?: string | null
  _status?: string | null
  column?: unknown
  exemplars?: unknown[] | null
}

async function pathsFor(req: PayloadRequest, doc: ArticleLike): Promise<string[]> {
  const paths: string[] = [articlePath(doc.slug)]
  if (doc.id != null) paths.push(sitemapPathOfId('bai-viet', Number(doc.id)))
  const columnId = refId(doc.column as never)
  if (columnId != null) {
    const column = await req.payload.findByID({
      collection: 'columns',
      id: columnId,
      depth: 1,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { slug: true, outlet: true },
    })
    const outlet = column?.outlet && typeof column.outlet === 'object' ? column.outlet : null
    if (column && outlet) {
      paths.push(columnPath(outlet.slug, column.slug), columnRssPath(outlet.slug, column.slug), '/chuyen-muc')
    }
  }
  const exemplarIds = (doc.exemplars ?? []).map((e) => refId(e as never)).filter((id) => id != null)
  if (exemplarIds.length) {
    const exemplars = await req.payload.find({
      collection: 'exemplars',
      where: { id: { in: exemplarIds } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      overrideAccess: true,
      select: { slug: true },
    })
    for (const e of exemplars.docs) paths.push(exemplarPath(e.slug))
  }
  return paths
}

/** A published article (or one just unpublished) refreshes its page, its column, its feed, its exemplars and the home page. */
export const revalidateArticle: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.disableRevalidate) return doc
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const paths = [...SITE_WIDE_PATHS, ...(await pathsFor(req, doc))]
  if (previousDoc && (previousDoc.slug !== doc.slug || refId(previousDoc.column) !== refId(doc.column)))
    paths.push(...(await pathsFor(req, previousDoc)))
  revalidatePaths(req, paths)
  return doc
}

export const revalidateArticleDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context?.disableRevalidate) return doc
  revalidatePaths(req, [...SITE_WIDE_PATHS, ...(await pathsFor(req, doc))])
  return doc
}
