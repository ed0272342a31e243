import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { revalidatePaths, revalidateSitemapFiles, SITE_WIDE_PATHS } from '@/lib/seo/revalidate'
import { columnRssPath } from '@/lib/seo/urls'
import { columnPath } from '@/lib/site/paths'

/** A column renamed, described or (un)published refreshes its page, its feed, the column index and the sitemap's files. */
export const revalidateColumn: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.disableRevalidate) return doc
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const paths = ['/chuyen-muc', ...SITE_WIDE_PATHS]
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
  // its articles enter or leave the sitemap, in whichever files their ids fall
  revalidateSitemapFiles(req)
  return doc
}
