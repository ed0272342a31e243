/**
 * "Which units are in scope in year Y": the one answer the quota dashboard, its export, the annual report and the
 * e-publication share. The plan is data and units change, so the scope is computed from the plans in force that
 * year and the unit tree with its validity — never from a named province.
 */
import { plansForYear, type PlanPeriod } from '../plans/planForYear'
import { descendantsOf, successorsOf, type UnitNode } from './tree'
import { isValidDuringYear, isValidOn } from './validity'

export interface PlanWithProvince<Id> extends PlanPeriod {
  province: Id
}

export interface UnitsInYear<Id> {
  year: number
  /** the units asked for (each plan's province, or a requested unit) */
  starts: Id[]
  /** the starting units (plan provinces, or a requested unit) and every unit they ended into */
  roots: Id[]
  /** the units the year's rows are about: inside the roots' trees and valid at some moment of the year */
  units: Set<Id>
  /** every unit whose records can count in the year: the roots' trees, closed units included (records keep their unit) */
  tree: Set<Id>
}

/** From starting units: they, their successors and everything below them; `units` keeps those valid during the year. */
export function unitsInYear<Id>(starts: Id[], all: UnitNode<Id>[], year: number): UnitsInYear<Id> {
  const roots = [...new Set(starts.flatMap((id) => [id, ...successorsOf(id, all)]))]
  const tree = descendantsOf(roots, all)
  const units = new Set(all.filter((u) => tree.has(u.id) && isValidDuringYear(u, year)).map((u) => u.id))
  return { year, starts: [...new Set(starts)], roots, units, tree }
}

export interface YearScope<Id, P extends PlanWithProvince<Id> = PlanWithProvince<Id>> extends UnitsInYear<Id> {
  /** every plan in force in the year (each covers its province and that province's successors) */
  plans: P[]
}

/** The scope of a year for the whole programme: the union over every plan in force that year. */
export function yearScope<Id, P extends PlanWithProvince<Id>>(plans: P[], all: UnitNode<Id>[], year: number): YearScope<Id, P> {
  const inForce = plansForYear(plans, year)
  return {
    ...unitsInYear(
      inForce.map((p) => p.province),
      all,
      year,
    ),
    plans: inForce,
  }
}

/**
 * The units a year is named after: each starting unit when it still stood on the last day of the year, otherwise
 * what it had ended into by then — so a plan of Ninh Thuận names 2024 after Ninh Thuận and 2025, which ended under
 * the merged province, after Khánh Hòa.
 */
export function namesOfYear<Id, U extends UnitNode<Id>>(scope: Pick<UnitsInYear<Id>, 'starts' | 'year'>, all: U[]): U[] {
  const byId = new Map(all.map((u) => [u.id, u]))
  const yearEnd = `${scope.year}-12-31`
  const out: U[] = []
  for (const id of scope.starts) {
    const start = byId.get(id)
    if (!start) continue
    const standing =
      start && isValidOn(start, yearEnd)
        ? [start]
        : successorsOf(id, all)
            .map((s) => byId.get(s)!)
            .filter((u) => u && isValidOn(u, yearEnd))
    for (const u of standing.length ? standing : [start]) if (!out.includes(u)) out.push(u)
  }
  return out
}
