import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { DISAGREEMENT_SHARE, type EntryResult } from '../../domain/judging/aggregate'
import { SCALE } from '../../domain/judging/weightedTotal'
import type { Round } from './context'
import { requestDb } from '../../lib/db/requestDb'

/** One ranked entry: the same figures as the pure `aggregate()` (its reference), plus what the screen shows. */
export interface LeaderboardRow extends Omit<EntryResult, 'entry'> {
  entry: number
  code: string | null
  title: string
  category: number
  status: string
  prize: string | null
}

/**
 * One query: every entry of the contest that has an assignment in the round, with the same numbers as
 * `aggregate()` in src/domain/judging/aggregate.ts — raw mean, mean z-score (each judge standardised over all the
 * sheets they submitted in the round, sample standard deviation, 0 for one sheet or no spread), trimmed mean
 * (without one highest and one lowest total when there are 3 or more: (sum − min − max) / (n − 2)), counts, flags —
 * ranked within its category by the tie-break rule. Only submitted (locked) sheets count; declared conflicts do not
 * count as assignments. Grouping (hash aggregates) rather than window functions and float8 rather than numeric keep
 * it a few scans of the round's sheets: see docs/BENCHMARKS.md.
 */
export async function leaderboard(
  req: PayloadRequest,
  opts: { contest: number; round: Round; category?: number | null },
): Promise<LeaderboardRow[]> {
  // inside an endpoint's transaction the leaderboard sees its own writes
  const db = await requestDb(req)
  const category = opts.category ?? null
  const spread = DISAGREEMENT_SHARE * SCALE
  const result = await db.execute(sql`
    WITH sheets AS (
      SELECT s.entry_id, s.judge_id, s.total::float8 AS total
      FROM scores s JOIN entries e ON e.id = s.entry_id
      WHERE e.contest_id = ${opts.contest} AND s.round = ${opts.round} AND s.locked IS TRUE AND s.total IS NOT NULL
    ),
    judges AS (
      SELECT judge_id, count(*) AS judge_n, avg(total) AS judge_mean, stddev_samp(total) AS judge_sd
      FROM sheets
      GROUP BY judge_id
    ),
    per_entry AS (
      SELECT s.entry_id,
        count(*) AS n,
        avg(s.total) AS raw_mean,
        avg(CASE WHEN j.judge_n < 2 OR j.judge_sd IS NULL OR j.judge_sd = 0 THEN 0
                 ELSE (s.total - j.judge_mean) / j.judge_sd END) AS z_mean,
        CASE WHEN count(*) >= 3 THEN (sum(s.total) - min(s.total) - max(s.total)) / (count(*) - 2) ELSE avg(s.total) END AS trimmed_mean,
        min(s.total) AS min_total,
        max(s.total) AS max_total
      FROM sheets s JOIN judges j ON j.judge_id = s.judge_id
      GROUP BY s.entry_id
    ),
    counted AS (
      SELECT a.entry_id, count(*) FILTER (WHERE a.status <> 'conflict') AS assigned
      FROM judge_assignments a JOIN entries e ON e.id = a.entry_id
      WHERE e.contest_id = ${opts.contest} AND a.round = ${opts.round}
      GROUP BY a.entry_id
    )
    SELECT e.id AS entry, e.code, e.title, e.category_id AS category, e.status::text AS status, e.prize::text AS prize, e.submitted_at,
      coalesce(p.n, 0)::int AS n,
      c.assigned::int AS assigned,
      p.raw_mean::float8 AS raw_mean,
      p.z_mean::float8 AS z_mean,
      p.trimmed_mean::float8 AS trimmed_mean,
      p.min_total::float8 AS min_total,
      p.max_total::float8 AS max_total,
      coalesce(p.max_total - p.min_total > ${spread}, false) AS disagreement,
      coalesce(p.n, 0) < c.assigned AS missing,
      row_number() OVER (
        PARTITION BY e.category_id
        ORDER BY p.z_mean DESC NULLS LAST, p.raw_mean DESC NULLS LAST, coalesce(p.n, 0) DESC, e.submitted_at ASC NULLS LAST, e.id ASC
      )::int AS rank
    FROM entries e
    JOIN counted c ON c.entry_id = e.id
    LEFT JOIN per_entry p ON p.entry_id = e.id
    WHERE e.contest_id = ${opts.contest}
      AND (${category}::int IS NULL OR e.category_id = ${category}::int)
      AND e.status NOT IN ('draft', 'withdrawn', 'ineligible')
    ORDER BY e.category_id, rank
  `)
  const num = (v: unknown) => (v == null ? null : Number(v))
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    entry: Number(r.entry),
    code: (r.code as string) ?? null,
    title: String(r.title),
    category: Number(r.category),
    status: String(r.status),
    prize: (r.prize as string) ?? null,
    submittedAt: r.submitted_at == null ? null : new Date(r.submitted_at as string).toISOString(),
    rank: Number(r.rank),
    n: Number(r.n),
    assigned: Number(r.assigned),
    rawMean: num(r.raw_mean),
    zMean: num(r.z_mean),
    trimmedMean: num(r.trimmed_mean),
    min: num(r.min_total),
    max: num(r.max_total),
    disagreement: r.disagreement === true,
    missing: r.missing === true,
  }))
}
