import { describe, expect, it } from 'vitest'
import { isPropagatedIn, isRecognisedIn, type CountableExemplar } from '../../src/domain/quota/countingRules'
import { computeQuota, type QuotaUnit } from '../../src/domain/quota/quota'
import { planForYear } from '../../src/domain/plans/planForYear'

const ex = (id: number, unit: number, status: CountableExemplar['status'], years: number[]): CountableExemplar => ({
  id,
  unit,
  status,
  recognisedYears: years,
})

describe('counting rules', () => {
  it('recognised: in that year, at a recognised level, not archived', () => {
    expect(isRecognisedIn(ex(1, 1, 'recognised', [2024]), 2024)).toBe(true)
    expect(isRecognisedIn(ex(1, 1, 'provincial', [2023, 2025]), 2024)).toBe(false)
    expect(isRecognisedIn(ex(1, 1, 'archived', [2024]), 2024)).toBe(false)
    expect(isRecognisedIn(ex(1, 1, 'nurturing', [2024]), 2024)).toBe(false)
  })
  it('propagated: recognised by then and featured that year, even when recognised in an earlier year', () => {
    const days = new Map([
      [1, ['2025-03-02']],
      [2, ['2024-12-31']],
    ])
    expect(isPropagatedIn(ex(1, 1, 'recognised', [2024]), 2025, days)).toBe(true)
    expect(isPropagatedIn(ex(1, 1, 'recognised', [2024]), 2024, days)).toBe(false)
    expect(isPropagatedIn(ex(2, 1, 'recognised', [2024]), 2025, days)).toBe(false)
    expect(isPropagatedIn(ex(1, 1, 'recognised', [2026]), 2025, days)).toBe(false)
    expect(isPropagatedIn(ex(1, 1, 'archived', [2024]), 2025, days)).toBe(false)
  })
})

describe('planForYear', () => {
  const plans = [
    { id: 1, periodFrom: 2022, periodTo: 2025 },
    { id: 2, periodFrom: 2026, periodTo: 2030 },
  ]
  it.each([
    [2021, undefined],
    [2022, 1],
    [2025, 1],
    [2026, 2],
    [2031, undefined],
  ])('year %i uses plan %s', (year, id) => expect(planForYear(plans, year)?.id).toBe(id))
})

describe('computeQuota across the 2025 reorganisation', () => {
  // old province 1 (until 30/6/2025) > district 2 > communes 3, 4 (merged into 6); new province 5 > commune 6
  const units: QuotaUnit[] = [
    { id: 1, name: 'Tỉnh cũ', code: 'P1', kind: 'province', parent: null, validFrom: '2020-01-01', validTo: '2025-06-30', successors: [5] },
    { id: 2, name: 'Huyện', code: 'D', kind: 'district', parent: 1, validFrom: '2020-01-01', validTo: '2025-06-30' },
    { id: 3, name: 'Xã A', code: 'A', kind: 'commune', parent: 2, validFrom: '2020-01-01', validTo: '2025-06-30', successors: [6] },
    { id: 4, name: 'Xã B', code: 'B', kind: 'commune', parent: 2, validFrom: '2020-01-01', validTo: '2025-06-30', successors: [6] },
    { id: 5, name: 'Tỉnh mới', code: 'P2', kind: 'province', parent: null, validFrom: '2025-07-01' },
    { id: 6, name: 'Xã AB', code: 'AB', kind: 'commune', parent: 5, validFrom: '2025-07-01' },
  ]
  const exemplars = [
    ex(1, 3, 'recognised', [2024]),
    ex(2, 3, 'recognised', [2024, 2025]),
    ex(3, 4, 'provincial', [2025]),
    ex(4, 6, 'recognised', [2025]),
    ex(5, 6, 'archived', [2025]),
    ex(6, 6, 'newFactor', []),
  ]
  const targets = [
    { appliesTo: 'kind' as const, unitKind: 'province' as const, minPerYear: 3, rule: 'recognised' as const },
    { appliesTo: 'kind' as const, unitKind: 'district' as const, minPerYear: 2, rule: 'recognised' as const },
    { appliesTo: 'kind' as const, unitKind: 'commune' as const, minPerYear: 2, rule: 'recognised' as const },
  ]
  const run = (year: number) => computeQuota({ year, provinceId: 1, targets, units, exemplars, propagation: new Map() })
  const achieved = (year: number) => Object.fromEntries(run(year).map((r) => [r.unit.code, r.lines[0].achieved]))

  it('2024: only the old structure, counted over subtrees', () => {
    // commune A: #1, #2 = 2; B: 0; district: 2; old province: 2
    expect(achieved(2024)).toEqual({ P1: 2, D: 2, A: 2, B: 0 })
  })
  it('2025: both structures, each record once under the unit it was made in', () => {
    // A: #2; B: #3; district: 2; old province: 2; new commune AB: #4 (archived #5 and new factor #6 do not count); new province: 1
    expect(achieved(2025)).toEqual({ P1: 2, D: 2, A: 1, B: 1, P2: 1, AB: 1 })
  })
  it('2026: only the new structure', () => expect(Object.keys(achieved(2026))).toEqual(['P2', 'AB']))
  it('shows shortfalls and predecessors', () => {
    const ab = run(2025).find((r) => r.unit.code === 'AB')!
    expect(ab.lines[0]).toMatchObject({ target: 2, achieved: 1, shortfall: 1 })
    expect(ab.met).toBe(false)
    expect(ab.predecessors.map((p) => `${p.unit.code}:${p.recognised}`).sort()).toEqual(['A:2', 'B:1'])
    expect(run(2024).find((r) => r.unit.code === 'A')!.district?.code).toBe('D')
  })
  it('a row for one named unit applies only to it', () => {
    const rows = computeQuota({
      year: 2026,
      provinceId: 1,
      targets: [{ appliesTo: 'unit', unit: 6, minPerYear: 7, rule: 'recognised' }],
      units,
      exemplars,
      propagation: new Map(),
    })
    expect(rows.map((r) => [r.unit.code, r.lines[0].target])).toEqual([['AB', 7]])
  })
})

describe('coverage', () => {
  it('counts units with criteria and lists those without criteria or events', async () => {
    const { coverage } = await import('../../src/domain/quota/coverage')
    const c = coverage({ unitIds: [1, 2, 3], criteriaUnitIds: [1, 1, 3, 9], eventUnitIds: [2] })
    expect(c).toEqual({ withCriteria: 2, total: 3, percent: 66, missingCriteria: [2], missingEvents: [1, 3] })
    expect(coverage({ unitIds: [], criteriaUnitIds: [], eventUnitIds: [] }).percent).toBe(100)
  })
})
