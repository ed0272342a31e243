import type { MetadataRoute } from 'next'
import type { Payload, Where } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '@/domain/exemplars/status'
import { checkSitemapFileSize, SITEMAP_FILE_IDS, sitemapPartIds, type SitemapKind, type SitemapPart } from '@/domain/site/sitemapParts'
import { absoluteUrl, siteOrigin, unitPath } from '@/lib/seo/urls'
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

/** Columns a reader can open: published, of a published outlet, both with an address. */
const LISTED_COLUMNS = `FROM columns c JOIN outlets o ON o.id = c.outlet_id
  WHERE c._status = 'published' AND o._status = 'published' AND c.slug <> '' AND o.slug <> ''`

/** The listed columns with their outlet's slug, newest first (as Payload's default order). */
async function listedColumns(payload: Payload) {
  const rows = await poolOf(payload).query<{ id: number; slug: string; outlet: string; updated_at: Date }>(
    `SELECT c.id, c.slug, o.slug AS outlet, c.updated_at ${LISTED_COLUMNS} ORDER BY c.created_at DESC`,
  )
  return rows.rows.map((r) => ({ id: Number(r.id), slug: r.slug, outlet: r.outlet, updatedAt: r.updated_at }))
}

/**
 * The public statuses as an array of the column's own enum type, written from this code's constants (never from
 * input) so the public rule is one SQL string. Compared as text, the planner cannot use the column's statistics,
 * guessed 2.5 % of exemplars public where nearly all are, and read every exemplar to find the units with one.
 */
const PUBLIC_STATUSES = `ARRAY[${PUBLIC_EXEMPLAR_STATUSES.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::enum_exemplars_status[]`

/** Each kind's table and public rows: what an anonymous reader can open. An article is public in a listed column. */
const PUBLIC_ROWS: Record<Exclude<SitemapKind, 'trang'>, { table: string; where: string }> = {
  'dien-hinh': { table: 'exemplars', where: `status = ANY(${PUBLIC_STATUSES}) AND slug <> ''` },
  'bai-viet': {
    table: 'articles',
    where: `_status = 'published' AND slug <> '' AND column_id IN (SELECT c.id ${LISTED_COLUMNS})`,
  },
  'don-vi': {
    table: 'units',
    where: `code IS NOT NULL AND code <> ''
      AND EXISTS (SELECT 1 FROM exemplars e WHERE e.unit_id = units.id AND e.status = ANY(${PUBLIC_STATUSES}))`,
  },
}

/**
 * The files of each kind that hold at least one public row. Each id range up to the highest id is probed for one
 * public row (an index range scan that stops at the first), instead of reading every row of the kind.
 */
export async function sitemapPagesWithRows(
  payload: Payload,
  size = SITEMAP_FILE_IDS,
): Promise<Record<Exclude<SitemapKind, 'trang'>, number[]>> {
  checkSitemapFileSize(size)
  const pool = poolOf(payload)
  const pagesOf = async (kind: Exclude<SitemapKind, 'trang'>) => {
    const { table, where } = PUBLIC_ROWS[kind]
    const rows = await pool.query<{ page: number }>(
      `SELECT p AS page FROM generate_series(1, (SELECT (max(id) - 1) / $1::int + 1 FROM ${table})) p
       WHERE EXISTS (SELECT 1 FROM ${table} WHERE ${where} AND id BETWEEN (p - 1) * $1::int + 1 AND p * $1::int) ORDER BY 1`,
      [size],
    )
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
  /** W3C datetime in UTC, written by PostgreSQL: 2,000 rows parsed into Dates and printed again cost more than the query */
  lastmod: string | null
}

// the later of the listed timestamps (greatest() skips nulls), as `latest` does for the other entries
const lastmodOf = (columns: string) => `to_char(greatest(${columns}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS lastmod`

const PART_PATH: Record<
  Exclude<SitemapKind, 'trang'>,
  { select: string; path: (key: string) => string; changeFrequency: 'monthly'; priority: number }
> = {
  'dien-hinh': { select: `slug AS key, ${lastmodOf('updated_at')}`, path: exemplarPath, changeFrequency: 'monthly', priority: 0.8 },
  'bai-viet': {
    select: `slug AS key, ${lastmodOf('updated_at, published_at')}`,
    path: articlePath,
    changeFrequency: 'monthly',
    priority: 0.7,
  },
  'don-vi': { select: `code AS key, ${lastmodOf('updated_at')}`, path: unitPath, changeFrequency: 'monthly', priority: 0.4 },
}

/** The URLs of one file of the sitemap: its kind's public rows with ids in the file's range, in id order. */
export async function sitemapPartEntries(payload: Payload, { kind, page }: SitemapPart, size = SITEMAP_FILE_IDS): Promise<SitemapEntry[]> {
  if (kind === 'trang') return page === 1 ? sectionEntries(payload) : []
  const { fromId, toId } = sitemapPartIds(page, size)
  const shape = PART_PATH[kind]
  // read straight from the tables with the index's public rule: 2,000 rows through Payload's find cost several times the SQL
  const { table, where } = PUBLIC_ROWS[kind]
  const rows = await poolOf(payload).query<PartRow>(
    `SELECT ${shape.select} FROM ${table} WHERE ${where} AND id BETWEEN $1 AND $2 ORDER BY id`,
    [fromId, toId],
  )
  const origin = siteOrigin()
  return rows.rows.map((r) => ({
    url: origin + shape.path(r.key),
    lastModified: r.lastmod ?? undefined,
    changeFrequency: shape.changeFrequency,
    priority: shape.priority,
  }))
}
