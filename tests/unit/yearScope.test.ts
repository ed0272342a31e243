import { describe, expect, it } from 'vitest'
import { dayInYear, recordsInYear, yearFigures, type YearExemplar } from '../../src/domain/quota/recordsInYear'
import { namesOfYear, unitsInYear, yearScope } from '../../src/domain/units/unitsInYear'

/**
 * Province P (until 30/6/2025) merged into province Q on 1/7/2025; the district D ended the same day;
 * communes A and B of D were merged into N (under Q), commune C was re-parented as C2 under Q; commune E closed in
 * 2024 into A. Q existed before the merger (it absorbed P) with its own commune K. Province Z has no plan.
 */
const units = [
  { id: 'P', kind: 'province', validFrom: '2020-01-01', validTo: '2025-06-30', successors: ['Q'] },
  { id: 'Q', kind: 'province', validFrom: '2020-01-01' },
  { id: 'D', kind: 'district', parent: 'P', validFrom: '2020-01-01', validTo: '2025-06-30' },
  { id: 'A', kind: 'commune', parent: 'D', validFrom: '2020-01-01', validTo: '2025-06-30', successors: ['N'] },
  { id: 'B', kind: 'commune', parent: 'D', validFrom: '2020-01-01', validTo: '2025-06-30', successors: ['N'] },
  { id: 'C', kind: 'commune', parent: 'D', validFrom: '2020-01-01', validTo: '2025-06-30', successors: ['C2'] },
  { id: 'E', kind: 'commune', parent: 'D', validFrom: '2020-01-01', validTo: '2024-10-31', successors: ['A'] },
  { id: 'N', kind: 'commune', parent: 'Q', validFrom: '2025-07-01' },
  { id: 'C2', kind: 'commune', parent: 'Q', validFrom: '2025-07-01' },
  { id: 'K', kind: 'commune', parent: 'Q', validFrom: '2020-01-01' },
  { id: 'Z', kind: 'province', validFrom: '2020-01-01' },
  { id: 'Z1', kind: 'commune', parent: 'Z', validFrom: '2020-01-01' },
]
const plans = [
  { id: 1, province: 'P', periodFrom: 2022, periodTo: 2025 },
  { id: 2, province: 'Q', periodFrom: 2026, periodTo: 2030 },
]
const sorted = (s: Iterable<string>) => [...s].sort()

describe('units in scope in a year', () => {
  it('2024: the old province, its district and communes (E closed that year still counts); Q is a successor, valid too', () => {
    const s = yearScope(plans, units, 2024)
    expect(s.plans.map((p) => p.id)).toEqual([1])
    expect(sorted(s.roots)).toEqual(['P', 'Q'])
    expect(sorted(s.units)).toEqual(['A', 'B', 'C', 'D', 'E', 'K', 'P', 'Q'])
  })
  it('2025, across the merger: both structures, each valid during part of the year', () => {
    expect(sorted(yearScope(plans, units, 2025).units)).toEqual(['A', 'B', 'C', 'C2', 'D', 'K', 'N', 'P', 'Q'])
  })
  it('2026: the new plan, only the current tree; the closed units are no longer rows', () => {
    const s = yearScope(plans, units, 2026)
    expect(s.plans.map((p) => p.id)).toEqual([2])
    expect(sorted(s.units)).toEqual(['C2', 'K', 'N', 'Q'])
  })
  it('a year without a plan has no scope; a province without a plan is never in it', () => {
    expect(yearScope(plans, units, 2021).units.size).toBe(0)
    for (const y of [2024, 2025, 2026]) expect(yearScope(plans, units, y).tree.has('Z1')).toBe(false)
  })
  it('a requested unit follows its successors too', () => {
    expect(sorted(unitsInYear(['A'], units, 2025).units)).toEqual(['A', 'N'])
    expect(sorted(unitsInYear(['A'], units, 2024).units)).toEqual(['A'])
  })
  it('names a year after the province it ended under, not the one that absorbed it later', () => {
    expect(namesOfYear(yearScope(plans, units, 2024), units).map((u) => u.id)).toEqual(['P'])
    expect(namesOfYear(yearScope(plans, units, 2025), units).map((u) => u.id)).toEqual(['Q'])
    expect(namesOfYear(yearScope(plans, units, 2026), units).map((u) => u.id)).toEqual(['Q'])
  })
})

describe('records that count in a year', () => {
  const num = { P: 1, Q: 2, D: 3, A: 4, B: 5, N: 6, K: 7, Z1: 8 }
  const numeric = units
    .filter((u) => u.id in num)
    .map((u) => ({
      ...u,
      id: num[u.id as keyof typeof num],
      parent: u.parent ? num[u.parent as keyof typeof num] : null,
      successors: (u.successors ?? []).map((s) => num[s as keyof typeof num]).filter(Boolean),
    }))
  const numericPlans = [{ id: 1, province: 1, periodFrom: 2022, periodTo: 2025 }]
  const ex = (unit: number, status: string, recognisedYears: number[]): YearExemplar => ({ unit, status, recognisedYears })
  const exemplars = [
    ex(num.A, 'recognised', [2024]), // 2024
    ex(num.A, 'provincial', [2024, 2025]), // 2024, 2025 (book both years)
    ex(num.B, 'archived', [2024]), // never
    ex(num.B, 'nurturing', [2025]), // never
    ex(num.N, 'national', [2025]), // 2025 (book)
    ex(num.K, 'recognised', [2025]), // 2025: Q's own commune
    ex(num.Z1, 'provincial', [2024, 2025]), // no plan for Z: never
  ]
  it('counts each record once under its own unit, by the same rule everywhere', () => {
    // 2024: A×2 = 2, of which the provincial one goes into the book
    expect(yearFigures(yearScope(numericPlans, numeric, 2024), exemplars)).toEqual({ year: 2024, recognised: 2, inPublication: 1 })
    // 2025: A (provincial), N (national), K = 3; book: A and N
    expect(yearFigures(yearScope(numericPlans, numeric, 2025), exemplars)).toEqual({ year: 2025, recognised: 3, inPublication: 2 })
    expect(yearFigures(yearScope(numericPlans, numeric, 2026), exemplars)).toEqual({ year: 2026, recognised: 0, inPublication: 0 })
  })
  it('dated records count by their own Vietnam day and unit', () => {
    const scope = yearScope(numericPlans, numeric, 2025)
    const events = [
      { unit: num.D, day: '2025-06-30' },
      { unit: num.N, day: '2025-07-01' },
      { unit: num.N, day: '2026-01-01' },
      { unit: num.Z1, day: '2025-05-05' },
      { unit: num.A, day: null },
    ]
    expect(recordsInYear(scope, events)).toEqual(events.slice(0, 2))
    expect(dayInYear('2025-12-31', 2025)).toBe(true)
    expect(dayInYear('2026-01-01', 2025)).toBe(false)
  })
})

describe('outlets of a year', async () => {
  const { outletsInYear } = await import('../../src/domain/outlets/outletsInYear')
  // province 1 (until 30/6/2025) merged into province 2; outlet 10 of the old province closed with it, 11 of the
  // new one opened, 12 of the merged province existed before, 13 belongs to no unit, 14 to a province without a plan
  const tree = [
    { id: 1, validFrom: '2020-01-01', validTo: '2025-06-30', successors: [2] },
    { id: 2, validFrom: '2025-07-01' },
    { id: 3, validFrom: '2020-01-01' },
  ]
  const outlets = [
    { id: 10, unit: 1, validFrom: '2020-01-01', validTo: '2025-06-30' },
    { id: 11, unit: 2, validFrom: '2025-07-01' },
    { id: 13, unit: null },
    { id: 14, unit: 3 },
  ]
  const plans = [
    { id: 1, province: 1, periodFrom: 2022, periodTo: 2025 },
    { id: 2, province: 2, periodFrom: 2026, periodTo: 2030 },
  ]
  const ids = (year: number) => outletsInYear(outlets, yearScope(plans, tree, year)).map((o) => o.id)
  it('offers the outlets publishing that year in that year’s province', () => {
    expect(ids(2024)).toEqual([10, 13])
    expect(ids(2025)).toEqual([10, 11, 13])
    expect(ids(2026)).toEqual([11, 13])
  })
  it('with no plan in force, validity alone decides', () => expect(ids(2040)).toEqual([11, 13, 14]))
})

describe('which units may hold a record of a date', async () => {
  const { mayHoldRecordsOf } = await import('../../src/domain/units/validity')
  const closed = { validFrom: '2020-01-01', validTo: '2025-06-30' }
  const successor = { validFrom: '2025-07-01' }
  it.each([
    [closed, '2025-06-30', false, true],
    [closed, '2025-07-01', false, false], // closed: only history before the merger
    [closed, '2015-05-01', false, true], // the register started in 2020, the unit did not
    [successor, '2025-06-30', true, false], // a unit born of the merger holds nothing from before it
    [successor, '2025-07-01', true, true],
  ])('%o on %s (a successor: %s) → %s', (unit, day, succeeds, expected) =>
    expect(mayHoldRecordsOf(unit, day, day, succeeds)).toBe(expected),
  )
  it('a year: valid at some moment of it', () => {
    expect(mayHoldRecordsOf(closed, '2025-01-01', '2025-12-31', false)).toBe(true)
    expect(mayHoldRecordsOf(successor, '2025-01-01', '2025-12-31', true)).toBe(true)
    expect(mayHoldRecordsOf(closed, '2026-01-01', '2026-12-31', false)).toBe(false)
  })
})
