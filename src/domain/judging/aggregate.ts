import { SCALE } from './weightedTotal'

/**
 * Aggregation of a round's score sheets into a ranking. The SQL leaderboard (src/server/judging/leaderboard.ts)
 * computes the same numbers in PostgreSQL; this pure version is the reference both are tested against.
 *
 * Worked example (checked by hand, used in tests/unit/judging-aggregate.test.ts and tests/int/contest-judging.test.ts):
 *
 *   submitted totals   E1   E2   E3   E4        judge mean  sample sd   z-scores
 *   J1                 90   80   70    –        80          10          E1 +1, E2 0, E3 −1
 *   J2                 50   70   60    –        60          10          E1 −1, E2 +1, E3 0
 *   J3                 75    –    –    (assigned, not submitted)        one score → z = 0
 *   J4                  –   60   60    (assigned, not submitted)        zero variance → z = 0, 0
 *   J5                  –  (assigned, not submitted)
 *
 *   E1: n 3, raw (90+50+75)/3 = 71.667, z (1−1+0)/3 = 0,     trimmed 75 (drop 90 and 50), range 40 > 30 → disagreement
 *   E2: n 3 of 4 assigned → missing, raw 70, z (0+1+0)/3 = 0.333, trimmed 70, range 20
 *   E3: n 3, raw (70+60+60)/3 = 63.333, z (−1+0+0)/3 = −0.333, trimmed 60, range 10
 *   E4: n 0 of 2 assigned → missing, no means
 *
 *   Ranking by z-mean: E2 (0.333) > E1 (0) > E3 (−0.333) > E4, although E1 has the highest raw mean:
 *   J1 marks everyone high, J2 low, and the z-scores take that out.
 */
type Id = number | string

export interface ScoreRow {
  entry: Id
  judge: Id
  /** Weighted total of a submitted (locked) sheet, 0–100. */
  total: number
}

export interface EntryInRound {
  id: Id
  /** Assignments that still count (declared conflicts excluded). */
  assigned: number
  submittedAt?: string | Date | null
}

export interface EntryResult {
  entry: Id
  rank: number
  n: number
  assigned: number
  rawMean: number | null
  zMean: number | null
  trimmedMean: number | null
  min: number | null
  max: number | null
  disagreement: boolean
  missing: boolean
  submittedAt: string | null
}

/** Disagreement when the spread of totals exceeds this share of the scale. */
export const DISAGREEMENT_SHARE = 0.3

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length

/** Sample standard deviation (n − 1), as PostgreSQL's stddev_samp; null below two values. */
export function sampleSd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null
  const m = mean(xs)
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1))
}

function groupBy(scores: readonly ScoreRow[], key: (s: ScoreRow) => Id): Map<string, ScoreRow[]> {
  const groups = new Map<string, ScoreRow[]>()
  for (const s of scores) {
    const k = String(key(s))
    const group = groups.get(k)
    if (group) group.push(s)
    else groups.set(k, [s])
  }
  return groups
}

/** Each judge's scores standardised over every entry that judge scored in the round; one score or no spread gives 0. */
export function zScores(scores: readonly ScoreRow[]): Map<string, number> {
  const byJudge = groupBy(scores, (s) => s.judge)
  const out = new Map<string, number>()
  for (const rows of byJudge.values()) {
    const totals = rows.map((r) => r.total)
    const m = mean(totals)
    const sd = sampleSd(totals)
    for (const r of rows) out.set(`${r.entry}|${r.judge}`, sd == null || sd === 0 ? 0 : (r.total - m) / sd)
  }
  return out
}

/** Mean without the single highest and lowest total when there are at least 3; the plain mean otherwise. */
export function trimmedMean(totals: readonly number[]): number | null {
  if (!totals.length) return null
  if (totals.length < 3) return mean(totals)
  const sorted = [...totals].sort((a, b) => a - b)
  return mean(sorted.slice(1, -1))
}

const iso = (d: string | Date | null | undefined) => (d == null ? null : new Date(d).toISOString())

/** Tie-break: higher z-mean, then higher raw mean, then more scores, then earlier submission (then entry id, for a total order). */
export function compareResults(a: Omit<EntryResult, 'rank'>, b: Omit<EntryResult, 'rank'>): number {
  const desc = (x: number | null, y: number | null) => (x == null ? (y == null ? 0 : 1) : y == null ? -1 : y - x)
  return (
    desc(a.zMean, b.zMean) ||
    desc(a.rawMean, b.rawMean) ||
    b.n - a.n ||
    (a.submittedAt == null ? (b.submittedAt == null ? 0 : 1) : b.submittedAt == null ? -1 : a.submittedAt.localeCompare(b.submittedAt)) ||
    Number(a.entry) - Number(b.entry) ||
    String(a.entry).localeCompare(String(b.entry))
  )
}

/**
 * Per entry: raw mean, mean z-score, trimmed mean, spread and flags, ranked by the tie-break rule.
 * `scores` are all submitted sheets of the round (z-scores need each judge's whole round); `entries` are the
 * entries to rank (for example one category).
 */
export function aggregate(scores: readonly ScoreRow[], entries: readonly EntryInRound[], scale = SCALE): EntryResult[] {
  const z = zScores(scores)
  const byEntry = groupBy(scores, (s) => s.entry)
  const results = entries.map((e) => {
    const own = byEntry.get(String(e.id)) ?? []
    const totals = own.map((s) => s.total)
    const n = totals.length
    const min = n ? Math.min(...totals) : null
    const max = n ? Math.max(...totals) : null
    return {
      entry: e.id,
      n,
      assigned: e.assigned,
      rawMean: n ? mean(totals) : null,
      zMean: n ? mean(own.map((s) => z.get(`${s.entry}|${s.judge}`) ?? 0)) : null,
      trimmedMean: trimmedMean(totals),
      min,
      max,
      disagreement: min != null && max != null && max - min > DISAGREEMENT_SHARE * scale,
      missing: n < e.assigned,
      submittedAt: iso(e.submittedAt),
    }
  })
  return results.sort(compareResults).map((r, i) => ({ ...r, rank: i + 1 }))
}
