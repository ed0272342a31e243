import { vnDay } from '../time/vietnam'

// kept for the callers that read the calendar from here; the calendar itself lives in domain/time/vietnam
export { TIME_ZONE, vnDay } from '../time/vietnam'

/** Dates are calendar days (YYYY-MM-DD) in Asia/Ho_Chi_Minh; a unit is valid from validFrom to validTo, both inclusive. */
export interface Validity {
  validFrom?: string | null
  validTo?: string | null
}

export function isValidOn(unit: Validity, day: string): boolean {
  const from = unit.validFrom ? vnDay(unit.validFrom) : null
  const to = unit.validTo ? vnDay(unit.validTo) : null
  return (!from || from <= day) && (!to || day <= to)
}

/** Valid at some moment of the calendar year. */
export function isValidDuringYear(unit: Validity, year: number): boolean {
  const from = unit.validFrom ? vnDay(unit.validFrom) : null
  const to = unit.validTo ? vnDay(unit.validTo) : null
  return (!from || from <= `${year}-12-31`) && (!to || `${year}-01-01` <= to)
}

/**
 * May a record dated between the days `from` and `to` (inclusive) be filed under this unit: the unit was valid at some
 * moment of that span. A unit that did not come from a reorganisation (`succeeds` false) also takes records from
 * before its validFrom: that day is when the register started keeping it, not when the unit began.
 */
export function mayHoldRecordsOf(unit: Validity, from: string, to: string, succeeds: boolean): boolean {
  const start = unit.validFrom ? vnDay(unit.validFrom) : null
  const end = unit.validTo ? vnDay(unit.validTo) : null
  return (!start || !succeeds || start <= to) && (!end || from <= end)
}
