/**
 * The leaderboard of a large contest: ENTRIES (3,000) entries in five categories, every one scored by each of
 * JUDGES (30) judges on CRITERIA (6) weighted criteria — 90,000 sheets, 540,000 marks. The ranking is one SQL query
 * (src/server/judging/leaderboard.ts); the baseline is one plain pass over the same sheets (count and mean)
 * in the same database, and the pure reference `aggregate()` is timed too and must agree on every rank.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { aggregate, type ScoreRow } from '../src/domain/judging/aggregate'
import { leaderboard } from '../src/server/judging/leaderboard'
import { makeUser } from '../tests/helpers/fixtures'
import { call, inBatches } from './lib/http'
import { fixed, percentile, table } from './lib/load'

const ENTRIES = Number(process.env.LB_ENTRIES || 3000)
const JUDGES = Number(process.env.LB_JUDGES || 30)
const CRITERIA = Number(process.env.LB_CRITERIA || 6)
const RUNS = Number(process.env.LB_RUNS || 20)
const MEDIA = ['print', 'online', 'radio', 'tv', 'photo'] as const

async function timed(label: string, runs: number, work: () => Promise<unknown>): Promise<number[]> {
  console.log(`[bench] ${label}: ${runs} runs`)
  for (let i = 0; i < 3; i++) await work() // warm caches and plans
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await work()
    out.push(performance.now() - t)
  }
  return out
}

/** Weights summing to 100 (the first ones a little heavier), each criterion marked out of 10. */
function rubric(): { key: string; label: string; weight: number; maxScore: number }[] {
  const base = Math.floor(100 / CRITERIA)
  return Array.from({ length: CRITERIA }, (_, i) => ({
    key: `c${i + 1}`,
    label: `Tiêu chí ${i + 1}`,
    weight: base + (i < 100 - base * CRITERIA ? 1 : 0),
    maxScore: 10,
  }))
}

async function buildContest(payload: Payload) {
  const criteria = rubric()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: `Cuộc thi đo bảng xếp hạng ${Date.now().toString(36)}`,
      year: 2026,
      status: 'judging',
      opensAt: '2026-01-01T00:00:00.000Z',
      deadline: '2026-06-30T16:59:00.000Z',
      worksFrom: '2025-01-01',
      worksTo: '2026-06-30',
      maxEntriesPerAuthor: 100,
      rounds: [{ round: 'preliminary', rubric: criteria }],
    } as never,
  })
  const categories = await inBatches(MEDIA, 5, (medium, i) =>
    payload.create({
      collection: 'contestCategories',
      overrideAccess: true,
      data: { contest: contest.id, name: `Thể loại ${i + 1}`, medium } as never,
    }),
  )
  const judges = await inBatches(
    Array.from({ length: JUDGES }, (_, i) => i),
    8,
    () => makeUser(payload, 'judge'),
  )
  const authors = await inBatches(
    Array.from({ length: 50 }, (_, i) => i),
    8,
    () => makeUser(payload, 'journalist'),
  )

  const pool = (payload.db as unknown as PostgresAdapter).pool
  const ids = (xs: { id: number | string }[]) => xs.map((x) => Number(x.id))
  const t = performance.now()
  await pool.query(
    `INSERT INTO entries (code, status, contest_id, category_id, title, author_id, submitted_at, originality_declared)
     SELECT 'LB-' || lpad(g::text, 5, '0'), 'eligible', $1, ($2::int[])[1 + g % cardinality($2::int[])], 'Tác phẩm ' || g,
            ($3::int[])[1 + g % cardinality($3::int[])], timestamptz '2026-06-01' + g * interval '1 minute', true
     FROM generate_series(1, $4::int) g`,
    [contest.id, ids(categories), ids(authors), ENTRIES],
  )
  await pool.query(
    `INSERT INTO judge_assignments (entry_id, judge_id, round, status)
     SELECT e.id, j, 'preliminary', 'submitted' FROM entries e CROSS JOIN unnest($2::int[]) j WHERE e.contest_id = $1`,
    [contest.id, ids(judges)],
  )
  // about one sheet in a hundred is still open (missing), as in a real round
  await pool.query(
    `INSERT INTO scores (assignment_id, entry_id, judge_id, round, locked, submitted_at)
     SELECT a.id, a.entry_id, a.judge_id, 'preliminary', random() > 0.01, now() FROM judge_assignments a JOIN entries e ON e.id =
       a.entry_id WHERE e.contest_id = $1`,
    [contest.id],
  )
  // marks 2–8 out of 10 with a per-judge bias of −1…+1: lenient and severe judges, which the z-scores take out
  await pool.query(
    `INSERT INTO scores_criteria (_order, _parent_id, id, key, score)
     SELECT k, s.id, s.id || '-' || k, 'c' || k, round(least(10, greatest(0, 2 + random() * 6 + (s.judge_id % 5 - 2) * 0.5))::numeric, 1)
     FROM scores s JOIN entries e ON e.id = s.entry_id CROSS JOIN generate_series(1, $2::int) k WHERE e.contest_id = $1`,
    [contest.id, CRITERIA],
  )
  // the weighted total each sheet gets when its judge submits it (weightedTotal(): Σ score / max × weight, 2 decimals)
  await pool.query(
    `UPDATE scores s SET total = t.total
     FROM (SELECT c._parent_id, round(sum(c.score / r.max_score * r.weight), 2) AS total
           FROM scores_criteria c JOIN jsonb_to_recordset($2::jsonb) AS r(key text, weight numeric, max_score numeric) ON r.key = c.key
           GROUP BY c._parent_id) t
     WHERE t._parent_id = s.id AND s.entry_id IN (SELECT id FROM entries WHERE contest_id = $1)`,
    [contest.id, JSON.stringify(criteria.map((c) => ({ key: c.key, weight: c.weight, max_score: c.maxScore })))],
  )
  await pool.query('ANALYZE entries; ANALYZE judge_assignments; ANALYZE scores; ANALYZE scores_criteria')
  const counts = (
    await pool.query(
      `SELECT (SELECT count(*) FROM scores s JOIN entries e ON e.id = s.entry_id WHERE e.contest_id = $1)::int AS sheets,
      (SELECT count(*) FROM scores_criteria c JOIN scores s ON s.id = c._parent_id JOIN entries e ON e.id = s.entry_id WHERE e.contest_id
        = $1)::int AS marks`,
      [contest.id],
    )
  ).rows[0]
  console.log(
    `[bench] leaderboard data: ${ENTRIES} entries, ${counts.sheets} sheets, ${counts.marks} marks in ` +
      `${fixed((performance.now() - t) / 1000)} s`,
  )
  return { contest: Number(contest.id), counts, pool }
}

export async function benchLeaderboard(ctx: { payload: Payload; appUrl?: string; organizerToken?: string }): Promise<string> {
  const { contest, counts, pool } = await buildContest(ctx.payload)
  const req = { payload: ctx.payload } as PayloadRequest

  const sqlRuns = await timed('SQL leaderboard', RUNS, () => leaderboard(req, { contest, round: 'preliminary' }))
  const baseRuns = await timed('baseline scan', RUNS, () =>
    pool.query(
      `SELECT count(*), avg(s.total) FROM scores s JOIN entries e ON e.id = s.entry_id WHERE e.contest_id = $1 AND s.round = ` +
        `'preliminary' AND s.locked AND s.total IS NOT NULL`,
      [contest],
    ),
  )
  const reference = async () => {
    const sheets = (
      await pool.query(
        `SELECT s.entry_id AS entry, s.judge_id AS judge, s.total::float8 AS total FROM scores s JOIN entries e ON e.id = ` +
          `s.entry_id WHERE e.contest_id = $1 AND s.round = 'preliminary' AND s.locked AND s.total IS NOT NULL`,
        [contest],
      )
    ).rows as ScoreRow[]
    const entries = (
      await pool.query(
        `SELECT e.id, e.category_id AS category, e.submitted_at AS "submittedAt", count(a.id) FILTER (WHERE a.status <> ` +
          `'conflict')::int AS assigned FROM entries e JOIN judge_assignments a ON a.entry_id = e.id AND a.round = 'preliminary' ` +
          `WHERE e.contest_id = $1 GROUP BY e.id`,
        [contest],
      )
    ).rows
    const categories = [...new Set(entries.map((e) => e.category as number))]
    return categories.flatMap((c) =>
      aggregate(
        sheets,
        entries.filter((e) => e.category === c),
      ),
    )
  }
  const jsRuns = await timed('aggregate() reference', Math.min(RUNS, 5), reference)
  let restRuns: number[] = []
  if (ctx.appUrl && ctx.organizerToken) {
    const url = `${ctx.appUrl}/api/contests/${contest}/leaderboard?round=preliminary`
    restRuns = await timed('REST endpoint', Math.min(RUNS, 10), async () => {
      const res = await call<{ rows: unknown[] }>(url, { token: ctx.organizerToken })
      if (res.status !== 200 || res.body.rows.length !== ENTRIES) throw new Error(`leaderboard endpoint answered ${res.status}`)
    })
  }

  // the SQL ranking and the pure reference must agree on every entry
  const rows = await leaderboard(req, { contest, round: 'preliminary' })
  const ref = new Map((await reference()).map((r) => [Number(r.entry), r]))
  const close = (a: number | null, b: number | null) => (a == null ? b == null : b != null && Math.abs(a - b) < 1e-9)
  const agree = rows.filter((r) => {
    const x = ref.get(r.entry)
    return (
      x &&
      x.rank === r.rank &&
      close(x.zMean, r.zMean) &&
      close(x.rawMean, r.rawMean) &&
      close(x.trimmedMean, r.trimmedMean) &&
      x.missing === r.missing &&
      x.disagreement === r.disagreement
    )
  }).length

  const line = (label: string, xs: number[]) => [
    label,
    xs.length,
    fixed(percentile(xs, 50)),
    fixed(percentile(xs, 95)),
    fixed(Math.max(...xs)),
    `${fixed(percentile(xs, 50) / percentile(baseRuns, 50), 1)}×`,
  ]
  const p50 = percentile(sqlRuns, 50)
  return [
    `### Bảng xếp hạng: ${ENTRIES} tác phẩm × ${JUDGES} giám khảo × ${CRITERIA} tiêu chí (${counts.sheets} phiếu, ${counts.marks} ` +
      `điểm thành phần)`,
    '',
    table(
      ['Đo', 'lần', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'so với mốc (p50)'],
      [
        line('Mốc: một lượt quét các phiếu (count, avg)', baseRuns),
        line('Bảng xếp hạng, một truy vấn SQL (điểm thô, z, cắt, cờ, hạng)', sqlRuns),
        ...(restRuns.length ? [line('… qua REST GET /api/contests/:id/leaderboard (kể cả JSON)', restRuns)] : []),
        line('Tham chiếu: tải phiếu về Node rồi tính bằng aggregate()', jsRuns),
      ],
    ),
    '',
    `Mục tiêu (< 200 ms, tính trong cơ sở dữ liệu): ${percentile(sqlRuns, 95) < 200 ? 'ĐẠT' : 'CHƯA ĐẠT'} (p50 ${fixed(p50)} ms, ` +
      `p95 ${fixed(percentile(sqlRuns, 95))} ms). SQL và tham chiếu khớp hạng và số liệu: ${agree}/${rows.length} tác phẩm.`,
    '',
  ].join('\n')
}
