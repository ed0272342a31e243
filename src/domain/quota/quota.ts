import { descendantsOf, predecessorsOf, type UnitNode } from '../units/tree'
import { unitsInYear } from '../units/unitsInYear'
import { UNIT_KINDS, type UnitKind } from '../units/kinds'
import { counts, isRecognisedIn, type CountableExemplar, type PropagationDays } from './countingRules'
import type { CountingRule } from './rules'

export interface QuotaUnit extends UnitNode<number> {
  name: string
  code: string
  kind: UnitKind
}

export interface PlanTarget {
  appliesTo: 'kind' | 'unit'
  unitKind?: UnitKind | null
  unit?: number | null
  minPerYear: number
  rule: CountingRule
  wording?: string | null
}

export interface QuotaLine {
  rule: CountingRule
  target: number
  achieved: number
  shortfall: number
  wording?: string | null
}

export interface QuotaRow {
  unit: QuotaUnit
  /** the district (or city) the unit belonged to, when it has one */
  district?: QuotaUnit
  lines: QuotaLine[]
  met: boolean
  /** units this one succeeded, each with the records recognised there in any year (its history) */
  predecessors: { unit: QuotaUnit; recognised: number }[]
}

/**
 * Units the plan covers in a year: its province and, after a reorganisation, the province's successors, with their
 * subtrees, valid in that year.
 */
export function unitsInScope(provinceId: number, units: QuotaUnit[], year: number): QuotaUnit[] {
  const scope = unitsInYear([provinceId], units, year).units
  return units.filter((u) => scope.has(u.id))
}

function targetsFor(unit: QuotaUnit, targets: PlanTarget[]): PlanTarget[] {
  return targets.filter((t) => (t.appliesTo === 'unit' ? t.unit === unit.id : t.unitKind === unit.kind))
}

/** Each unit in scope with every target row that applies to it, counted over its own subtree for the year. */
export function computeQuota(input: {
  year: number
  provinceId: number
  targets: PlanTarget[]
  units: QuotaUnit[]
  exemplars: CountableExemplar[]
  propagation: PropagationDays
}): QuotaRow[] {
  const { year, targets, units, exemplars, propagation } = input
  const byUnit = new Map<number, CountableExemplar[]>()
  for (const e of exemplars) {
    const list = byUnit.get(e.unit)
    if (list) list.push(e)
    else byUnit.set(e.unit, [e])
  }
  const byId = new Map(units.map((u) => [u.id, u]))

  const rows: QuotaRow[] = []
  for (const unit of unitsInScope(input.provinceId, units, year)) {
    const applicable = targetsFor(unit, targets)
    if (!applicable.length) continue
    const subtree = descendantsOf([unit.id], units)
    const own = [...subtree].flatMap((id) => byUnit.get(id) ?? [])
    const lines = applicable.map((t) => {
      const achieved = own.filter((e) => counts(t.rule, e, year, propagation)).length
      return { rule: t.rule, target: t.minPerYear, achieved, shortfall: Math.max(0, t.minPerYear - achieved), wording: t.wording }
    })
    const district = unit.kind === 'district' ? undefined : findAncestorOfKind(unit, byId, 'district')
    const predecessors = [...predecessorsOf(unit.id, units)]
      .map((id) => byId.get(id))
      .filter((u): u is QuotaUnit => !!u)
      .map((p) => ({
        unit: p,
        recognised: (byUnit.get(p.id) ?? []).filter((e) => e.recognisedYears.some((y) => isRecognisedIn(e, y))).length,
      }))
    rows.push({ unit, district, lines, met: lines.every((l) => l.shortfall === 0), predecessors })
  }
  return rows.sort(byKindThenName)
}

/** Province first, then departments, organisations, districts, communes; open units before closed ones; by name. */
function byKindThenName(a: QuotaRow, b: QuotaRow): number {
  return (
    UNIT_KINDS.indexOf(a.unit.kind) - UNIT_KINDS.indexOf(b.unit.kind) ||
    (a.unit.validTo ? 1 : 0) - (b.unit.validTo ? 1 : 0) ||
    a.unit.name.localeCompare(b.unit.name, 'vi')
  )
}

function findAncestorOfKind(unit: QuotaUnit, byId: Map<number, QuotaUnit>, kind: UnitKind): QuotaUnit | undefined {
  let current = unit.parent != null ? byId.get(unit.parent) : undefined
  while (current) {
    if (current.kind === kind) return current
    current = current.parent != null ? byId.get(current.parent) : undefined
  }
  return undefined
}
