import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { revalidatePaths } from '@/lib/seo/revalidate'
import { columnRssPath } from '@/lib/seo/urls'
import { columnPath } from '@/lib/site/paths'

/** A column renamed, described or (un)published refreshes its page, its feed, the column index and the sitemap. */
export const revalidateColumn: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.disableRevalidate) return doc
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const paths = ['/chuyen-muc', '/sitemap.xml', '/']
  for (const c of [doc, previousDoc]) {
    const outletId = refId(c?.outlet)
    if (!c || outletId == null) continue
    const outlet = await req.payload.findByID({
      collection: 'outlets',
      id: outletId,
      depth: 0,
      req,
      disableErrors: true,
      select: { slug: true },
    })
    if (outlet) paths.push(columnPath(outlet.slug, c.slug), columnRssPath(outlet.slug, c.slug))
  }
  revalidatePaths(req, paths)
  return doc
}
