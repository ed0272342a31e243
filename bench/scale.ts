/**
 * Every public page type at the demo size and at national size in the same run (`npm run bench -- scale`): one
 * client, one request at a time, each sample a page the server has not cached (a different article, profile, unit
 * or page number, or an ISR page regenerated on request with Next's on-demand revalidation header). Then the data
 * set of bench/scaleData.ts is loaded and the same page types are timed again; p50/p95 and the growth are printed.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { root } from '../scripts/lib/nextServer'
import { normalizeQuery } from '../src/domain/search/normalizeQuery'
import { searchSite } from '../src/lib/search/searchSite'
import { fixed, percentile, table } from './lib/load'
import { loadScaleData, RARE_PHRASE, SCALE, type ScaleCounts } from './scaleData'
import { staffCatalogue, staffPages, timeAnnualReport } from './scaleStaff'

const RUNS = Number(process.env.SCALE_RUNS || 40)
// requests of each page type not counted: a route runs a few dozen times before it reaches its steady speed (the home
// page, timed first, took about 30 requests after the server started to fall from 40–75 ms to its steady 20–30 ms)
const WARMUP = Number(process.env.SCALE_WARMUP || 30)
const SQL_RUNS = Number(process.env.SCALE_SQL_RUNS || 20)

export const SEARCHES = {
  common: 'nông dân',
  name: 'Nguyễn Thị Hoa',
  rare: RARE_PHRASE,
  misspelt: 'nguyen thj hoa',
  none: 'khủng long bạo chúa',
} as const

interface Sample {
  ms: number[]
  bytes: number
  statuses: Set<number>
}

interface Targets {
  /** p95 target at full size, ms */
  p95: number
}

/**
 * `staff`: asked as the signed-in organiser (admin screens, exports). `regeneration`: the cost of rebuilding a cached
 * file after a change, paid once per change, not by each reader: it has a time budget but no growth limit.
 * `sameBodyAs`: a page served from the cache must be the very file the named row regenerated (a guard against
 * timing a stale copy).
 */
type PageType = {
  key: string
  label: string
  target: Targets
  urls: (i: number) => string
  revalidate?: boolean
  staff?: boolean
  regeneration?: boolean
  sameBodyAs?: string
}

interface Catalogue {
  articles: string[]
  exemplars: string[]
  columns: { outlet: string; column: string; pages: number }[]
  units: string[]
  unitIds: number[]
  fields: number[]
  years: number[]
  directoryPages: number
}

/** Samples of every page type from what the database holds now (ordered by id, deterministic). */
async function catalogue(pool: PostgresAdapter['pool']): Promise<Catalogue> {
  const q = async <T>(sql: string) => (await pool.query(sql)).rows as T[]
  const articles = (await q<{ slug: string }>(`SELECT slug FROM articles WHERE _status = 'published' ORDER BY hashint4(id) LIMIT 400`)).map(
    (r) => r.slug,
  )
  const exemplars = (
    await q<{ slug: string }>(
      `SELECT slug FROM exemplars WHERE status IN ('recognised','proposedToProvince','provincial','proposedToCentral','national') ` +
        `ORDER BY hashint4(id) LIMIT 400`,
    )
  ).map((r) => r.slug)
  const columns = (
    await q<{ outlet: string; column: string; n: number }>(
      `SELECT o.slug AS outlet, c.slug AS column, (SELECT count(*) FROM articles a WHERE a.column_id = c.id AND a._status =
        'published')::int AS n
         FROM columns c JOIN outlets o ON o.id = c.outlet_id WHERE c._status = 'published' AND o._status = 'published' ORDER BY c.id`,
    )
  ).map((r) => ({ outlet: r.outlet, column: r.column, pages: Math.max(1, Math.ceil(r.n / 10)) }))
  const units = (
    await q<{ code: string }>(`SELECT u.code FROM units u WHERE EXISTS (SELECT 1 FROM exemplars e WHERE e.unit_id = u.id) ORDER BY u.id`)
  ).map((r) => r.code)
  const unitIds = (await q<{ id: number }>(`SELECT DISTINCT unit_id AS id FROM exemplars ORDER BY 1`)).map((r) => Number(r.id))
  const fields = (await q<{ id: number }>(`SELECT id FROM fields ORDER BY id`)).map((r) => Number(r.id))
  const years = (
    await q<{ y: number }>(`SELECT DISTINCT number::int AS y FROM exemplars_numbers WHERE path = 'recognisedYears' ORDER BY 1`)
  ).map((r) => Number(r.y))
  const publicCount = Number(
    (
      await q<{ n: number }>(
        `SELECT count(*) AS n FROM exemplars WHERE status IN ` +
          `('recognised','proposedToProvince','provincial','proposedToCentral','national')`,
      )
    )[0].n,
  )
  return { articles, exemplars, columns, units, unitIds, fields, years, directoryPages: Math.max(1, Math.ceil(publicCount / 12)) }
}

const at = <T>(xs: T[], i: number): T => xs[i % xs.length]
/** A page deep in a list: 40 % of the way, a different one per sample. */
const deep = (pages: number, i: number) => Math.max(1, Math.min(pages, Math.floor(pages * 0.4) + i))

function pageTypes(c: Catalogue): PageType[] {
  const col = (i: number) => at(c.columns, i)
  const colBase = (i: number) => `/chuyen-muc/${col(i).outlet}/${col(i).column}`
  const dir = (qs: string) => `/dien-hinh${qs ? `?${qs}` : ''}`
  const search = (text: string) => () => `/tim-kiem?q=${encodeURIComponent(text)}`
  // searches are cached per query once rendered: each sample is rendered and queried again (revalidate)
  return [
    { key: 'home', label: 'Trang chủ /', target: { p95: 50 }, urls: () => '/', revalidate: true },
    { key: 'column', label: 'Chuyên mục, trang 1', target: { p95: 50 }, urls: (i) => colBase(i), revalidate: true },
    {
      key: 'columnDeep',
      label: 'Chuyên mục, trang sâu (40 %)',
      target: { p95: 50 },
      urls: (i) => (deep(col(i).pages, i) > 1 ? `${colBase(i)}/trang/${deep(col(i).pages, i)}` : colBase(i)),
      revalidate: true,
    },
    { key: 'rss', label: 'RSS chuyên mục', target: { p95: 50 }, urls: (i) => `${colBase(i)}/rss.xml`, revalidate: true },
    { key: 'article', label: 'Bài viết', target: { p95: 50 }, urls: (i) => `/bai-viet/${at(c.articles, i)}`, revalidate: true },
    { key: 'profile', label: 'Hồ sơ điển hình', target: { p95: 50 }, urls: (i) => `/dien-hinh/${at(c.exemplars, i)}`, revalidate: true },
    { key: 'unit', label: 'Trang đơn vị', target: { p95: 100 }, urls: (i) => `/don-vi/${at(c.units, i)}`, revalidate: true },
    { key: 'dir', label: 'Danh bạ /dien-hinh, trang 1', target: { p95: 100 }, urls: () => dir('') },
    { key: 'dirDeep', label: 'Danh bạ, trang sâu (40 %)', target: { p95: 100 }, urls: (i) => dir(`trang=${deep(c.directoryPages, i)}`) },
    {
      key: 'dirField',
      label: 'Danh bạ lọc lĩnh vực',
      target: { p95: 100 },
      urls: (i) => dir(`linh-vuc=${at(c.fields, i)}&trang=${1 + (i % 3)}`),
    },
    {
      key: 'dirKind',
      label: 'Danh bạ lọc loại',
      target: { p95: 100 },
      urls: (i) => dir(`loai=${at(['individual', 'collective', 'household'], i)}&trang=${1 + (i % 3)}`),
    },
    {
      key: 'dirLevel',
      label: 'Danh bạ lọc cấp',
      target: { p95: 100 },
      urls: (i) => dir(`cap=${at(['recognised', 'provincial', 'national'], i)}&trang=${1 + (i % 3)}`),
    },
    { key: 'dirYear', label: 'Danh bạ lọc năm', target: { p95: 100 }, urls: (i) => dir(`nam=${at(c.years, i)}&trang=${1 + (i % 3)}`) },
    { key: 'dirUnit', label: 'Danh bạ lọc đơn vị', target: { p95: 100 }, urls: (i) => dir(`don-vi=${at(c.unitIds, i)}`) },
    {
      key: 'sCommon',
      label: `Tìm kiếm: từ phổ biến “${SEARCHES.common}”`,
      target: { p95: 100 },
      urls: search(SEARCHES.common),
      revalidate: true,
    },
    { key: 'sName', label: `Tìm kiếm: tên “${SEARCHES.name}”`, target: { p95: 100 }, urls: search(SEARCHES.name), revalidate: true },
    { key: 'sRare', label: `Tìm kiếm: từ hiếm “${SEARCHES.rare}”`, target: { p95: 100 }, urls: search(SEARCHES.rare), revalidate: true },
    {
      key: 'sMisspelt',
      label: `Tìm kiếm: gõ sai “${SEARCHES.misspelt}”`,
      target: { p95: 100 },
      urls: search(SEARCHES.misspelt),
      revalidate: true,
    },
    { key: 'sitemap', label: 'Sơ đồ trang: chỉ mục /sitemap.xml', target: { p95: 100 }, urls: () => '/sitemap.xml', revalidate: true },
    {
      key: 'sitemapArticles',
      label: 'Sơ đồ trang: tệp bài viết (2.000 id, gzip), dựng lại sau thay đổi',
      target: { p95: 100 },
      urls: () => '/sitemap/bai-viet-1.xml.gz',
      revalidate: true,
      regeneration: true,
    },
    {
      key: 'sitemapArticlesServed',
      label: 'Sơ đồ trang: tệp bài viết (2.000 id, gzip), như trình thu thập nhận',
      target: { p95: 100 },
      urls: () => '/sitemap/bai-viet-1.xml.gz',
      sameBodyAs: 'sitemapArticles',
    },
    {
      key: 'sNone',
      label: `Tìm kiếm: không có kết quả “${SEARCHES.none}”`,
      target: { p95: 100 },
      urls: search(SEARCHES.none),
      revalidate: true,
    },
  ]
}

/** Next's on-demand revalidation header: an ISR page requested with it is rendered now, not served from cache. */
function revalidateHeader(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8')) as {
    preview?: { previewModeId?: string }
  }
  const id = manifest.preview?.previewModeId
  return id ? { 'x-prerender-revalidate': id } : {}
}

async function timePages(appUrl: string, types: PageType[], token: string): Promise<Map<string, Sample>> {
  const revalidate = revalidateHeader()
  // as a browser asks from the admin: the session cookie of a same-origin request (Payload refuses a cookie otherwise)
  const staff = { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }
  const out = new Map<string, Sample>()
  for (const t of types) {
    const s: Sample = { ms: [], bytes: 0, statuses: new Set() }
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const started = performance.now()
      const headers = { ...(t.revalidate ? revalidate : {}), ...(t.staff ? staff : {}) }
      const res = await fetch(appUrl + t.urls(i), { headers, redirect: 'manual' })
      const body = await res.arrayBuffer()
      const ms = performance.now() - started
      if (i < WARMUP) continue
      s.ms.push(ms)
      s.bytes = Math.max(s.bytes, body.byteLength)
      s.statuses.add(res.status)
    }
    out.set(t.key, s)
    const twin = t.sameBodyAs ? out.get(t.sameBodyAs) : undefined
    if (twin && twin.bytes !== s.bytes)
      throw new Error(`${t.label}: ${s.bytes} bytes served, ${twin.bytes} regenerated: the cache held an older file`)
    console.log(
      `[bench] ${t.label}: p50 ${fixed(percentile(s.ms, 50))} ms, p95 ${fixed(percentile(s.ms, 95))} ms (${[...s.statuses].join(',')})`,
    )
  }
  return out
}

async function timeSearchSql(payload: Payload): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>()
  for (const [key, text] of Object.entries(SEARCHES)) {
    const q = normalizeQuery(text)
    if (!q.ok) continue
    for (let i = 0; i < 3; i++) await searchSite(payload, q)
    const ms: number[] = []
    for (let i = 0; i < SQL_RUNS; i++) {
      const t = performance.now()
      await searchSite(payload, q)
      ms.push(performance.now() - t)
    }
    out.set(key, ms)
  }
  return out
}

const REPORT_RUNS = Number(process.env.SCALE_REPORT_RUNS || 3)

async function snapshot(appUrl: string, payload: Payload, token: string) {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const c = await catalogue(pool)
  const staff = await staffCatalogue(pool)
  const types = [
    ...pageTypes(c),
    ...staffPages(staff).map((p): PageType => ({ key: p.key, label: p.label, target: { p95: p.p95 }, urls: p.urls, staff: true })),
  ]
  const pages = await timePages(appUrl, types, token)
  const reports: number[] = []
  for (let i = 0; i < REPORT_RUNS; i++) {
    const r = await timeAnnualReport(appUrl, token, staff.years[i % staff.years.length])
    console.log(`[bench] annual report: ${fixed(r.ms)} ms (${r.status})`)
    if (r.status !== 'done') throw new Error(`the annual report job ended ${r.status}`)
    reports.push(r.ms)
  }
  return { types, pages, reports, sql: await timeSearchSql(payload), catalogue: c }
}

export async function benchScale(ctx: { appUrl: string; payload: Payload; organizerToken: string }): Promise<string> {
  const pool = (ctx.payload.db as unknown as PostgresAdapter).pool
  const count = async (sql: string) => Number((await pool.query(sql)).rows[0].n)
  const small = {
    articles: await count(`SELECT count(*) AS n FROM articles WHERE _status = 'published'`),
    exemplars: await count(`SELECT count(*) AS n FROM exemplars`),
  }
  console.log(`[bench] scale: demo size (${small.articles} articles, ${small.exemplars} exemplars)`)
  const before = await snapshot(ctx.appUrl, ctx.payload, ctx.organizerToken)

  console.log(`[bench] scale: loading ${SCALE.articles} articles, ${SCALE.exemplars} exemplars, ${SCALE.entries} entries…`)
  const loaded: ScaleCounts = await loadScaleData(pool)
  console.log(`[bench] scale: loaded in ${fixed(loaded.seconds)} s (${loaded.searchRows} search rows)`)
  const after = await snapshot(ctx.appUrl, ctx.payload, ctx.organizerToken)

  const rows = before.types.map((t) => {
    const a = before.pages.get(t.key)!
    const b = after.pages.get(t.key)!
    const growth = percentile(b.ms, 95) / percentile(a.ms, 95)
    // the growth limit is for what readers are served; staff screens and regenerations have their own budget whatever the size
    const ok = percentile(b.ms, 95) < t.target.p95 && (t.staff || t.regeneration || growth <= 3)
    // a staff screen that redirects went to the login page: the figure would not be the screen's
    const bad = [...a.statuses, ...b.statuses].filter((s) => s >= (t.staff ? 300 : 400))
    return [
      t.label,
      fixed(percentile(a.ms, 50)),
      fixed(percentile(a.ms, 95)),
      fixed(percentile(b.ms, 50)),
      fixed(percentile(b.ms, 95)),
      `${fixed(growth, 2)}×`,
      t.staff || t.regeneration ? `< ${t.target.p95} ms` : `< ${t.target.p95} ms, ≤ 3×`,
      bad.length ? `LỖI ${bad.join(',')}` : ok ? 'đạt' : 'chưa đạt',
    ]
  })
  const sqlRows = Object.entries(SEARCHES).map(([key, text]) => {
    const a = before.sql.get(key) ?? []
    const b = after.sql.get(key) ?? []
    return [
      `searchSite(“${text}”)`,
      fixed(percentile(a, 50)),
      fixed(percentile(a, 95)),
      fixed(percentile(b, 50)),
      fixed(percentile(b, 95)),
      `${fixed(percentile(b, 95) / percentile(a, 95), 2)}×`,
      '< 20 ms',
      percentile(b, 95) < 20 ? 'đạt' : 'chưa đạt',
    ]
  })
  const head = ['Trang / Page', 'nhỏ p50', 'nhỏ p95', 'lớn p50', 'lớn p95', 'tăng (p95)', 'mục tiêu', 'kết quả']
  return [
    `### Quy mô quốc gia / At scale (${RUNS} lần mỗi loại trang sau ${WARMUP} lần khởi động, một máy khách, bản production)`,
    '',
    `Nhỏ: dữ liệu minh họa (${small.articles} bài viết, ${small.exemplars} điển hình). Lớn: thêm ${SCALE.articles} bài viết có nội ` +
      `dung, ${SCALE.exemplars} điển hình công khai, ${SCALE.entries} tác phẩm dự thi — tổng ${loaded.articles} bài đã đăng, ` +
      `${loaded.exemplars} điển hình công khai, ${loaded.entries} tác phẩm, ${loaded.searchRows} dòng chỉ mục tìm kiếm; nạp bằng SQL ` +
      `trong ${fixed(loaded.seconds)} s. Thời gian tính bằng ms.`,
    '',
    table(head, rows),
    '',
    table(head, [
      [
        `Báo cáo năm toàn tỉnh: từ yêu cầu tới khi có PDF và XLSX (${REPORT_RUNS} lần)`,
        fixed(percentile(before.reports, 50)),
        fixed(percentile(before.reports, 95)),
        fixed(percentile(after.reports, 50)),
        fixed(percentile(after.reports, 95)),
        `${fixed(percentile(after.reports, 95) / percentile(before.reports, 95), 2)}×`,
        '< 10000 ms',
        percentile(after.reports, 95) < 10_000 ? 'đạt' : 'chưa đạt',
      ],
    ]),
    '',
    `Truy vấn tìm kiếm (\`searchSite\`, trong tiến trình đo, ${SQL_RUNS} lần):`,
    '',
    table(['Truy vấn / Query', 'nhỏ p50', 'nhỏ p95', 'lớn p50', 'lớn p95', 'tăng (p95)', 'mục tiêu', 'kết quả'], sqlRows),
    '',
  ].join('\n')
}
