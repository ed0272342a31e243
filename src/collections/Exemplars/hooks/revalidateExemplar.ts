import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { isPublicStatus } from '@/domain/exemplars/status'
import { sitemapPathOfId } from '@/domain/site/sitemapParts'
import { refId } from '@/access/user'
import { revalidatePaths, SITE_WIDE_PATHS } from '@/lib/seo/revalidate'
import { unitPath } from '@/lib/seo/urls'
import { exemplarPath } from '@/lib/site/paths'

/** A profile that is (or was) public refreshes itself, the directory, its unit's page, the home page and the sitemap. */
export const revalidateExemplar: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.disableRevalidate) return doc
  if (!isPublicStatus(doc.status) && !isPublicStatus(previousDoc?.status)) return doc
  // the e-publications of its years (and their list) follow a status that puts it in or out of a book
  const years = new Set([...(doc.recognisedYears ?? []), ...(previousDoc?.recognisedYears ?? [])].map(Number))
  const paths: string[] = [
    ...SITE_WIDE_PATHS,
    '/dien-hinh',
    exemplarPath(doc.slug),
    sitemapPathOfId('dien-hinh', Number(doc.id)),
    '/an-pham',
    ...[...years].map((y) => `/an-pham/${y}`),
  ]
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) paths.push(exemplarPath(previousDoc.slug))
  for (const unit of new Set([refId(doc.unit), refId(previousDoc?.unit)])) {
    if (unit == null) continue
    // a unit is in the sitemap while it has a public exemplar
    paths.push(sitemapPathOfId('don-vi', Number(unit)))
    const u = await req.payload.findByID({ collection: 'units', id: unit, depth: 0, req, disableErrors: true, select: { code: true } })
    if (u) paths.push(unitPath(u.code))
  }
  revalidatePaths(req, paths)
  return doc
}

export const revalidateExemplarDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  const unit = refId(doc.unit)
  revalidatePaths(req, [
    ...SITE_WIDE_PATHS,
    '/dien-hinh',
    exemplarPath(doc.slug),
    sitemapPathOfId('dien-hinh', Number(doc.id)),
    ...(unit == null ? [] : [sitemapPathOfId('don-vi', Number(unit))]),
  ])
  return doc
}
