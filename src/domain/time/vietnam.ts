/**
 * Vietnam's calendar, the one place that knows it: every person reads dates and years in Asia/Ho_Chi_Minh
 * (UTC+7, no daylight saving), whatever the server's own time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** Vietnam has had no offset change since 1975; the bounds below rely on it. */
const OFFSET = '+07:00'

const toDate = (value: Date | string): Date => (typeof value === 'string' ? new Date(value) : value)

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** The calendar day (YYYY-MM-DD) in Vietnam of an instant or an ISO string. */
export function vnDay(value: Date | string): string {
  return dayFormat.format(toDate(value))
}

/** The calendar year in Vietnam of an instant. */
export function vnYear(value: Date | string): number {
  return Number(vnDay(value).slice(0, 4))
}

/** The first instant of a Vietnam calendar day (YYYY-MM-DD). */
export function startOfVnDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00${OFFSET}`)
}

/** A Vietnam calendar year as instants: `start` inclusive, `end` exclusive (the first instant of the next year). */
export function yearBounds(year: number): { start: Date; end: Date } {
  const pad = (y: number) => String(y).padStart(4, '0')
  return { start: startOfVnDay(`${pad(year)}-01-01`), end: startOfVnDay(`${pad(year + 1)}-01-01`) }
}

/** A Where on a date field for "in Vietnam year Y" (Payload's operators, kept free of Payload's types). */
export function yearRange(year: number): { greater_than_equal: string; less_than: string } {
  const { start, end } = yearBounds(year)
  return { greater_than_equal: start.toISOString(), less_than: end.toISOString() }
}

/** dd/MM/yyyy of an instant, or of a YYYY-MM-DD day as written. */
export function formatVnDate(value: Date | string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatVnDay(value)
  return formatVnDay(vnDay(value))
}

/** A YYYY-MM-DD calendar day written dd/MM/yyyy. */
export function formatVnDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}

/** dd/MM/yyyy HH:mm of an instant. */
export function formatVnDateTime(value: Date | string): string {
  const parts = dateTimeFormat.formatToParts(toDate(value))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}
