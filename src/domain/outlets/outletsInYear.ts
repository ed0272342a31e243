/**
 * Outlets follow the unit tree over time like units do: an outlet belongs to a unit (its province) and publishes from
 * validFrom to validTo. The outlets of a year are those publishing at some moment of it whose unit is in that year's
 * scope (domain/units/unitsInYear) — so a 2026 contest offers the merged province's outlets, not the old province's.
 */
import type { UnitsInYear } from '../units/unitsInYear'
import { isValidDuringYear, type Validity } from '../units/validity'

export interface OutletOverTime extends Validity {
  id: number
  /** the unit the outlet belongs to; none for outlets outside the unit tree (e.g. national press) */
  unit?: number | null
}

export function outletsInYear<O extends OutletOverTime>(outlets: O[], scope: Pick<UnitsInYear<number>, 'units' | 'year'>): O[] {
  return outlets.filter(
    // with no plan in force the year has no scope: validity alone decides
    (o) => isValidDuringYear(o, scope.year) && (o.unit == null || !scope.units.size || scope.units.has(o.unit)),
  )
}
