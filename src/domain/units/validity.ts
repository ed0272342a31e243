/** Dates are calendar days (YYYY-MM-DD) in Asia/Ho_Chi_Minh; a unit is valid from validFrom to validTo, both inclusive. */
export interface Validity {
  validFrom?: string | null
  validTo?: string | null
}

export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** The calendar day in Vietnam of an instant or an ISO string. */
export function vnDay(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)
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
