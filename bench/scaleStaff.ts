/**
 * The staff side of the national-size run: admin list views, the quota dashboard and its export for every year,
 * the leaderboard, as the demo organiser; and the annual report job, from the request to its files.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { call } from './lib/http'

export interface StaffCatalogue {
  years: number[]
  /** a contest with score sheets (the demo's contest in judging), else the newest */
  contest: number | null
}

export async function staffCatalogue(pool: PostgresAdapter['pool']): Promise<StaffCatalogue> {
  const years = (await pool.query<{ y: number }>(`SELECT generate_series(2022, 2026) AS y`)).rows.map((r) => Number(r.y))
  const contest = (
    await pool.query<{ id: number }>(
      `SELECT c.id FROM contests c
        ORDER BY EXISTS (SELECT 1 FROM entries e JOIN judge_assignments a ON a.entry_id = e.id WHERE e.contest_id = c.id) DESC, c.id DESC
        LIMIT 1`,
    )
  ).rows[0]
  return { years, contest: contest ? Number(contest.id) : null }
}

export interface StaffPage {
  key: string
  label: string
  p95: number
  urls: (i: number) => string
}

/** Each sample asks for another year where the page has one, so no answer comes from a cache of the previous. */
export function staffPages(c: StaffCatalogue): StaffPage[] {
  const year = (i: number) => c.years[i % c.years.length]
  const list = (slug: string, label: string): StaffPage => ({
    key: `admin-${slug}`,
    label: `Quản trị: danh sách ${label}`,
    p95: 300,
    urls: (i) => `/admin/collections/${slug}?page=${1 + (i % 3)}`,
  })
  const pages: StaffPage[] = [
    list('articles', 'bài viết'),
    list('exemplars', 'điển hình'),
    list('entries', 'tác phẩm dự thi'),
    list('users', 'tài khoản'),
    { key: 'quota', label: 'Bảng chỉ tiêu /admin/chi-tieu (mỗi năm)', p95: 500, urls: (i) => `/admin/chi-tieu?nam=${year(i)}` },
    { key: 'quotaExport', label: 'Xuất Excel chỉ tiêu (mỗi năm)', p95: 500, urls: (i) => `/api/quota/export?nam=${year(i)}` },
  ]
  if (c.contest != null)
    pages.push(
      { key: 'leaderboardView', label: 'Xếp hạng /admin/xep-hang', p95: 500, urls: () => `/admin/xep-hang?cuoc-thi=${c.contest}` },
      { key: 'leaderboardApi', label: 'Xếp hạng (API)', p95: 300, urls: () => `/api/contests/${c.contest}/leaderboard?round=preliminary` },
    )
  return pages
}

/**
 * Requests the province-wide annual report of `year` as the organiser and waits for the job to finish: the time from
 * the request to both files being ready (the jobs worker polls its queue every second).
 */
export async function timeAnnualReport(appUrl: string, token: string, year: number): Promise<{ ms: number; status: string }> {
  const started = performance.now()
  const created = await call<{ doc?: { id: number } }>(`${appUrl}/api/annualReports`, { token, json: { year } })
  const id = created.body.doc?.id
  if (!id) throw new Error(`annual report request refused: ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`)
  for (;;) {
    const res = await call<{ status?: string }>(`${appUrl}/api/annualReports/${id}?depth=0`, { token })
    const status = res.body.status ?? 'unknown'
    if (status === 'done' || status === 'failed') return { ms: performance.now() - started, status }
    if (performance.now() - started > 300_000) return { ms: performance.now() - started, status: `${status} (timeout)` }
    await new Promise((r) => setTimeout(r, 200))
  }
}
