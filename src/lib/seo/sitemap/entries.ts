import type { MetadataRoute } from 'next'
import type { Payload, Where } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '@/domain/exemplars/status'
import { SITEMAP_FILE_IDS, sitemapPartIds, type SitemapKind, type SitemapPart } from '@/domain/site/sitemapParts'
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

const PUBLIC_STATUSES = [...PUBLIC_EXEMPLAR_STATUSES]

/** Each kind's public rows (`SELECT … FROM …`), with $1 the kind's one parameter (see publicRowsParam). */
const PUBLIC_ROWS: Record<Exclude<SitemapKind, 'trang'>, string> = {
  'dien-hinh': `FROM exemplars WHERE status::text = ANY($1::text[]) AND slug <> ''`,
  'bai-viet': `FROM articles WHERE _status = 'published' AND column_id = ANY($1::int[]) AND slug <> ''`,
  'don-vi': `FROM units WHERE code IS NOT NULL AND code <> ''
    AND EXISTS (SELECT 1 FROM exemplars e WHERE e.unit_id = units.id AND e.status::text = ANY($1::text[]))`,
}

/** Articles: the listed columns; exemplars and units: the public statuses. */
const publicRowsParam = async (payload: Payload, kind: Exclude<SitemapKind, 'trang'>): Promise<unknown> =>
  kind === 'bai-viet' ? (await listedColumns(payload)).map((c) => c.id) : PUBLIC_STATUSES

/** The files of each kind that hold at least one public row: one pass over each kind's public rows. */
export async function sitemapPagesWithRows(
  payload: Payload,
  size = SITEMAP_FILE_IDS,
): Promise<Record<Exclude<SitemapKind, 'trang'>, number[]>> {
  sitemapPartIds(1, size) // a RangeError for a size the protocol does not allow
  const pool = poolOf(payload)
  const pagesOf = async (kind: Exclude<SitemapKind, 'trang'>) => {
    const rows = await pool.query<{ page: number }>(`SELECT DISTINCT (id - 1) / $2::int + 1 AS page ${PUBLIC_ROWS[kind]} ORDER BY 1`, [
      await publicRowsParam(payload, kind),
      size,
    ])
    return rows.rows.map((r) => Number(r.page))
  }
  const [exemplars, articles, units] = await Promise.all([pagesOf('dien-hinh'), pagesOf('bai-viet'), pagesOf('don-vi')])
  return { 'dien-hinh': exemplars, 'bai-viet': articles, 'don-vi': units }
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

interface PartRow {
  /** the slug, or the unit's code */
  key: string
  updated_at: Date | null
  published_at?: Date | null
}

const PART_PATH: Record<
  Exclude<SitemapKind, 'trang'>,
  { select: string; path: (key: string) => string; changeFrequency: 'monthly'; priority: number }
> = {
  'dien-hinh': { select: 'slug AS key, updated_at', path: exemplarPath, changeFrequency: 'monthly', priority: 0.8 },
  'bai-viet': { select: 'slug AS key, updated_at, published_at', path: articlePath, changeFrequency: 'monthly', priority: 0.7 },
  'don-vi': { select: 'code AS key, updated_at', path: unitPath, changeFrequency: 'monthly', priority: 0.4 },
}

/** The URLs of one file of the sitemap: its kind's public rows with ids in the file's range, in id order. */
export async function sitemapPartEntries(payload: Payload, { kind, page }: SitemapPart, size = SITEMAP_FILE_IDS): Promise<SitemapEntry[]> {
  if (kind === 'trang') return page === 1 ? sectionEntries(payload) : []
  const { fromId, toId } = sitemapPartIds(page, size)
  const shape = PART_PATH[kind]
  // the same public rule as the index (PUBLIC_ROWS), read straight from the tables: 2,000 rows through Payload's
  // find cost several times the SQL
  const rows = await poolOf(payload).query<PartRow>(`SELECT ${shape.select} ${PUBLIC_ROWS[kind]} AND id BETWEEN $2 AND $3 ORDER BY id`, [
    await publicRowsParam(payload, kind),
    fromId,
    toId,
  ])
  return rows.rows.map((r) => ({
    url: absoluteUrl(shape.path(r.key)),
    lastModified: latest([r.updated_at, r.published_at]),
    changeFrequency: shape.changeFrequency,
    priority: shape.priority,
  }))
}
