import type { MetadataRoute } from 'next'
import type { Payload, Where } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '@/domain/exemplars/status'
import { SITEMAP_URL_LIMIT, sitemapPartWindow, type SitemapKind, type SitemapPart } from '@/domain/site/sitemapParts'
import { refId } from '@/lib/ids'
import { absoluteUrl, unitPath } from '@/lib/seo/urls'
import { articlePath, columnPath, contestPath, contestResultsPath, exemplarPath, publicationPath } from '@/lib/site/paths'
import { publicationYears } from '@/lib/site/publicationYears'
import { poolOf } from '@/lib/db/pool'

export type SitemapEntry = MetadataRoute.Sitemap[number]

// read as an anonymous visitor, so drafts and internal records never appear
const anonymous = { depth: 0, overrideAccess: false, locale: 'vi' } as const
const latest = (dates: (string | Date | null | undefined)[]) => {
  const times = dates.map((d) => (d ? new Date(d).getTime() : NaN)).filter(Number.isFinite)
  return times.length ? new Date(Math.max(...times)) : undefined
}
const publicExemplars: Where = { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }

/** Columns a reader can open (published, of a published outlet), with their outlet's slug. */
async function listedColumns(payload: Payload) {
  const columns = await payload.find({
    ...anonymous,
    collection: 'columns',
    where: { _status: { equals: 'published' } },
    limit: 0,
    pagination: false,
    select: { slug: true, outlet: true, updatedAt: true },
  })
  const outletIds = [...new Set(columns.docs.map((c) => Number(refId(c.outlet))).filter(Boolean))]
  const outlets = await payload.find({
    ...anonymous,
    collection: 'outlets',
    where: { and: [{ id: { in: outletIds.length ? outletIds : [-1] } }, { _status: { equals: 'published' } }] },
    limit: 0,
    pagination: false,
    select: { slug: true },
  })
  const outletSlug = new Map(outlets.docs.map((o) => [o.id, o.slug]))
  return columns.docs.flatMap((c) =>
    c.slug && outletSlug.get(Number(refId(c.outlet)))
      ? [{ id: c.id, slug: c.slug, outlet: outletSlug.get(Number(refId(c.outlet)))!, updatedAt: c.updatedAt }]
      : [],
  )
}

const listedArticles = (columnIds: number[]): Where => ({
  and: [{ _status: { equals: 'published' } }, { column: { in: columnIds.length ? columnIds : [-1] } }],
})

const UNITS_WITH_PUBLIC_RECORDS = `FROM units u WHERE u.code IS NOT NULL AND u.code <> ''
  AND EXISTS (SELECT 1 FROM exemplars e WHERE e.unit_id = u.id AND e.status::text = ANY($1::text[]))`

/** How many URLs each kind has: one cheap count each. */
export async function sitemapCounts(payload: Payload): Promise<Record<SitemapKind, number>> {
  const columnIds = (await listedColumns(payload)).map((c) => c.id)
  const [exemplars, articles, units] = await Promise.all([
    payload.count({ ...anonymous, collection: 'exemplars', where: publicExemplars }),
    payload.count({ ...anonymous, collection: 'articles', where: listedArticles(columnIds) }),
    poolOf(payload).query<{ n: string }>(`SELECT count(*) AS n ${UNITS_WITH_PUBLIC_RECORDS}`, [[...PUBLIC_EXEMPLAR_STATUSES]]),
  ])
  return { trang: 1, 'dien-hinh': exemplars.totalDocs, 'bai-viet': articles.totalDocs, 'don-vi': Number(units.rows[0].n) }
}

/** The home and section pages, each column, each announced contest and its results, each year's e-publication. */
async function sectionEntries(payload: Payload): Promise<SitemapEntry[]> {
  const newest = (collection: 'articles' | 'exemplars', where: Where) =>
    payload
      .find({ ...anonymous, collection, where, sort: '-updatedAt', limit: 1, select: { updatedAt: true } })
      .then((r) => r.docs[0]?.updatedAt)
  const [columns, contests, years, lastArticle, lastExemplar, lastOfColumn] = await Promise.all([
    listedColumns(payload),
    payload.find({
      ...anonymous,
      collection: 'contests',
      where: { status: { not_equals: 'draft' } },
      limit: 0,
      pagination: false,
      select: { slug: true, status: true, updatedAt: true },
    }),
    publicationYears(payload),
    newest('articles', { _status: { equals: 'published' } }),
    newest('exemplars', publicExemplars),
    // a column changes when one of its articles is published
    poolOf(payload).query<{ column_id: number; at: Date }>(
      `SELECT column_id, max(updated_at) AS at FROM articles WHERE _status = 'published' GROUP BY column_id`,
    ),
  ])
  const columnChanged = new Map(lastOfColumn.rows.map((r) => [Number(r.column_id), r.at]))
  const entries: SitemapEntry[] = [
    { url: absoluteUrl('/'), lastModified: latest([lastArticle, lastExemplar]), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/dien-hinh'), lastModified: latest([lastExemplar]), changeFrequency: 'daily', priority: 0.9 },
    { url: absoluteUrl('/chuyen-muc'), lastModified: latest(columns.map((c) => c.updatedAt)), changeFrequency: 'daily', priority: 0.8 },
    {
      url: absoluteUrl('/cuoc-thi'),
      lastModified: latest(contests.docs.map((c) => c.updatedAt)),
      changeFrequency: 'weekly',
      priority: 0.6,
    },
    { url: absoluteUrl('/gioi-thieu-nguoi-tot'), changeFrequency: 'yearly', priority: 0.4 },
    { url: absoluteUrl('/an-pham'), changeFrequency: 'monthly', priority: 0.5 },
  ]
  for (const c of columns)
    entries.push({
      url: absoluteUrl(columnPath(c.outlet, c.slug)),
      lastModified: latest([c.updatedAt, columnChanged.get(c.id)]),
      changeFrequency: 'daily',
      priority: 0.7,
    })
  for (const c of contests.docs) {
    if (!c.slug) continue
    entries.push({ url: absoluteUrl(contestPath(c.slug)), lastModified: latest([c.updatedAt]), changeFrequency: 'weekly', priority: 0.6 })
    if (c.status === 'resultsPublished')
      entries.push({
        url: absoluteUrl(contestResultsPath(c.slug)),
        lastModified: latest([c.updatedAt]),
        changeFrequency: 'yearly',
        priority: 0.6,
      })
  }
  for (const y of years) entries.push({ url: absoluteUrl(publicationPath(y)), changeFrequency: 'monthly', priority: 0.5 })
  return entries
}

/** The URLs of one file of the sitemap: its kind's rows in id order, one window of at most `size`. */
export async function sitemapPartEntries(payload: Payload, { kind, page }: SitemapPart, size = SITEMAP_URL_LIMIT): Promise<SitemapEntry[]> {
  const { offset, limit } = sitemapPartWindow(page, size)
  const window = { sort: 'id', limit, page, pagination: true } as const
  switch (kind) {
    case 'trang':
      return page === 1 ? sectionEntries(payload) : []
    case 'dien-hinh': {
      const found = await payload.find({
        ...anonymous,
        ...window,
        collection: 'exemplars',
        where: publicExemplars,
        select: { slug: true, updatedAt: true },
      })
      return found.docs.flatMap((e) =>
        e.slug
          ? [
              {
                url: absoluteUrl(exemplarPath(e.slug)),
                lastModified: latest([e.updatedAt]),
                changeFrequency: 'monthly' as const,
                priority: 0.8,
              },
            ]
          : [],
      )
    }
    case 'bai-viet': {
      // 50,000 rows through Payload took seconds; the public rule (published, in a listed column) is one WHERE
      const columnIds = (await listedColumns(payload)).map((c) => c.id)
      const rows = await poolOf(payload).query<{ slug: string | null; updated_at: Date; published_at: Date | null }>(
        `SELECT slug, updated_at, published_at FROM articles WHERE _status = 'published' AND column_id = ANY($1::int[])
          ORDER BY id LIMIT $2 OFFSET $3`,
        [columnIds, limit, offset],
      )
      return rows.rows.flatMap((a) =>
        a.slug
          ? [
              {
                url: absoluteUrl(articlePath(a.slug)),
                lastModified: latest([a.updated_at, a.published_at]),
                changeFrequency: 'monthly' as const,
                priority: 0.7,
              },
            ]
          : [],
      )
    }
    case 'don-vi': {
      const rows = await poolOf(payload).query<{ code: string; updated_at: Date }>(
        `SELECT u.code, u.updated_at ${UNITS_WITH_PUBLIC_RECORDS} ORDER BY u.id LIMIT $2 OFFSET $3`,
        [[...PUBLIC_EXEMPLAR_STATUSES], limit, offset],
      )
      return rows.rows.map((u) => ({
        url: absoluteUrl(unitPath(u.code)),
        lastModified: latest([u.updated_at]),
        changeFrequency: 'monthly' as const,
        priority: 0.4,
      }))
    }
  }
}
