/** One criterion of a round's rubric: `weight` is its share of the 0–100 scale, `maxScore` the top mark a judge gives. */
export interface RubricCriterion {
  key: string
  label?: string | null
  weight: number
  maxScore: number
}

export interface CriterionScore {
  key: string
  score: number | null | undefined
}

export type TotalResult = { ok: true; total: number } | { ok: false; errors: string[] }

/** The scale every total is on. */
export const SCALE = 100

/** Totals are kept to two decimals so the database and the JavaScript agree on the same number. */
export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100

/** Problems with the rubric itself: at least one criterion, unique keys, positive maxima, weights summing to 100. */
export function rubricErrors(rubric: readonly RubricCriterion[]): string[] {
  const errors: string[] = []
  if (!rubric.length) return ['Vòng chấm chưa có tiêu chí chấm điểm.']
  const keys = new Set<string>()
  for (const c of rubric) {
    if (keys.has(c.key)) errors.push(`Tiêu chí "${c.key}" bị lặp.`)
    keys.add(c.key)
    if (!(c.maxScore > 0)) errors.push(`Điểm tối đa của tiêu chí "${c.label ?? c.key}" phải lớn hơn 0.`)
    if (!(c.weight >= 0)) errors.push(`Trọng số của tiêu chí "${c.label ?? c.key}" không được âm.`)
  }
  const sum = rubric.reduce((s, c) => s + (Number(c.weight) || 0), 0)
  if (Math.abs(sum - SCALE) > 1e-9) errors.push(`Tổng trọng số các tiêu chí phải bằng 100 (hiện là ${round2(sum)}).`)
  return errors
}

/**
 * Problems with a judge's marks: each criterion present once, a number between 0 and its maximum, nothing unknown.
 * With `partial`, missing criteria are allowed (a draft being saved).
 */
export function scoreErrors(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[], partial = false): string[] {
  const errors: string[] = []
  const byKey = new Map<string, CriterionScore>()
  for (const s of scores) {
    if (byKey.has(s.key)) errors.push(`Tiêu chí "${s.key}" được chấm hai lần.`)
    byKey.set(s.key, s)
    if (!rubric.some((c) => c.key === s.key)) errors.push(`Tiêu chí "${s.key}" không có trong bộ tiêu chí của vòng này.`)
  }
  for (const c of rubric) {
    const s = byKey.get(c.key)
    const name = c.label ?? c.key
    if (!s || s.score == null || (typeof s.score === 'number' && Number.isNaN(s.score))) {
      if (!partial) errors.push(`Chưa chấm tiêu chí "${name}".`)
      continue
    }
    if (typeof s.score !== 'number' || !Number.isFinite(s.score)) errors.push(`Điểm tiêu chí "${name}" phải là một số.`)
    else if (s.score < 0 || s.score > c.maxScore) errors.push(`Điểm tiêu chí "${name}" phải từ 0 đến ${c.maxScore}.`)
  }
  return errors
}

/** Weighted total on 0–100: Σ score / maxScore × weight, after checking the rubric and every mark. */
export function weightedTotal(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): TotalResult {
  const errors = [...rubricErrors(rubric), ...scoreErrors(rubric, scores)]
  if (errors.length) return { ok: false, errors }
  const byKey = new Map(scores.map((s) => [s.key, Number(s.score)]))
  const total = rubric.reduce((sum, c) => sum + ((byKey.get(c.key) ?? 0) / c.maxScore) * c.weight, 0)
  return { ok: true, total: round2(total) }
}
