import type { MetadataRoute } from 'next'
import { PUBLIC_EXEMPLAR_STATUSES } from '../domain/exemplars/status'
import { payloadClient } from '../lib/payload'
import { absoluteUrl, unitPath } from '../lib/seo/urls'
import { articlePath, columnPath, contestPath, contestResultsPath, exemplarPath, publicationPath } from '../lib/site/paths'
import { publicationYears } from '../lib/site/publicationYears'

/** Rebuilt at most every hour, and at once when content changes (the collections' revalidation hooks). */
export const revalidate = 3600

const latest = (dates: (string | null | undefined)[]) => {
  const times = dates.filter((d): d is string => !!d).map((d) => Date.parse(d)).filter(Number.isFinite)
  return times.length ? new Date(Math.max(...times)) : undefined
}

/**
 * Every public page a search engine should know: the home and section pages, each public exemplar profile, each
 * published column and the published articles in it, the contests that are announced and their published results,
 * the units that have public records and each year's e-publication. Only pages a reader reaches by links from the
 * home page are listed (an article of an unpublished column is not). Search result pages are left out (noindex).
 * Read as an anonymous visitor (`overrideAccess: false`), so drafts and internal records never appear.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await payloadClient()
  const common = { depth: 0, limit: 0, pagination: false, overrideAccess: false, locale: 'vi' } as const
  const [exemplars, articles, columns, contests, years] = await Promise.all([
    payload.find({ ...common, collection: 'exemplars', where: { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }, select: { slug: true, updatedAt: true, unit: true } }),
    payload.find({ ...common, collection: 'articles', where: { _status: { equals: 'published' } }, select: { slug: true, updatedAt: true, publishedAt: true, column: true } }),
    payload.find({ ...common, collection: 'columns', where: { _status: { equals: 'published' } }, select: { slug: true, outlet: true, updatedAt: true } }),
    payload.find({ ...common, collection: 'contests', where: { status: { not_equals: 'draft' } }, select: { slug: true, status: true, updatedAt: true } }),
    publicationYears(payload),
  ])
  const outletIds = [...new Set(columns.docs.map((c) => Number(typeof c.outlet === 'object' ? c.outlet?.id : c.outlet)).filter(Boolean))]
  const unitIds = [...new Set(exemplars.docs.map((e) => Number(typeof e.unit === 'object' ? e.unit?.id : e.unit)).filter(Boolean))]
  const [outlets, units] = await Promise.all([
    payload.find({ ...common, collection: 'outlets', where: { and: [{ id: { in: outletIds.length ? outletIds : [-1] } }, { _status: { equals: 'published' } }] }, select: { slug: true } }),
    payload.find({ ...common, collection: 'units', where: { id: { in: unitIds.length ? unitIds : [-1] } }, select: { code: true, updatedAt: true } }),
  ])
  const outletSlug = new Map(outlets.docs.map((o) => [o.id, o.slug]))

  // a column changes when one of its articles is published
  const lastArticleOfColumn = new Map<number, string>()
  for (const a of articles.docs) {
    const col = Number(typeof a.column === 'object' ? a.column?.id : a.column)
    const when = a.updatedAt
    if (when && (!lastArticleOfColumn.get(col) || lastArticleOfColumn.get(col)! < when)) lastArticleOfColumn.set(col, when)
  }

  const entries: MetadataRoute.Sitemap = [
    { url: absoluteUrl('/'), lastModified: latest([...articles.docs.map((a) => a.updatedAt), ...exemplars.docs.map((e) => e.updatedAt)]), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/dien-hinh'), lastModified: latest(exemplars.docs.map((e) => e.updatedAt)), changeFrequency: 'daily', priority: 0.9 },
    { url: absoluteUrl('/chuyen-muc'), lastModified: latest(columns.docs.map((c) => c.updatedAt)), changeFrequency: 'daily', priority: 0.8 },
    { url: absoluteUrl('/cuoc-thi'), lastModified: latest(contests.docs.map((c) => c.updatedAt)), changeFrequency: 'weekly', priority: 0.6 },
    { url: absoluteUrl('/gioi-thieu-nguoi-tot'), changeFrequency: 'yearly', priority: 0.4 },
    { url: absoluteUrl('/an-pham'), changeFrequency: 'monthly', priority: 0.5 },
  ]
  // columns a reader can open: published, of a published outlet
  const listedColumns = new Set<number>()
  for (const c of columns.docs) {
    const outlet = outletSlug.get(Number(typeof c.outlet === 'object' ? c.outlet?.id : c.outlet))
    if (!outlet || !c.slug) continue
    listedColumns.add(c.id)
    entries.push({ url: absoluteUrl(columnPath(outlet, c.slug)), lastModified: latest([c.updatedAt, lastArticleOfColumn.get(c.id)]), changeFrequency: 'daily', priority: 0.7 })
  }
  for (const e of exemplars.docs) if (e.slug) entries.push({ url: absoluteUrl(exemplarPath(e.slug)), lastModified: latest([e.updatedAt]), changeFrequency: 'monthly', priority: 0.8 })
  for (const a of articles.docs)
    if (a.slug && listedColumns.has(Number(typeof a.column === 'object' ? a.column?.id : a.column)))
      entries.push({ url: absoluteUrl(articlePath(a.slug)), lastModified: latest([a.updatedAt, a.publishedAt]), changeFrequency: 'monthly', priority: 0.7 })
  for (const c of contests.docs) {
    if (!c.slug) continue
    entries.push({ url: absoluteUrl(contestPath(c.slug)), lastModified: latest([c.updatedAt]), changeFrequency: 'weekly', priority: 0.6 })
    if (c.status === 'resultsPublished') entries.push({ url: absoluteUrl(contestResultsPath(c.slug)), lastModified: latest([c.updatedAt]), changeFrequency: 'yearly', priority: 0.6 })
  }
  for (const y of years) entries.push({ url: absoluteUrl(publicationPath(y)), changeFrequency: 'monthly', priority: 0.5 })
  for (const u of units.docs) if (u.code) entries.push({ url: absoluteUrl(unitPath(u.code)), lastModified: latest([u.updatedAt]), changeFrequency: 'monthly', priority: 0.4 })
  return entries
}
