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
