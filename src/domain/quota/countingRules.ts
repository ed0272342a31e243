/**
 * What counts towards a plan's yearly target. Both rules look at the exemplar's own unit (the unit the record was
 * made in), so a year that crosses a reorganisation counts each record once, under the unit valid when it was made.
 *
 * - recognised(Y): the exemplar was recognised in year Y (Y is in its recognised years) and it is still in the
 *   register at a recognised level (not a new factor, not under nurturing, not archived).
 * - propagated(Y): the exemplar has been recognised in Y or an earlier year, and in Y it was featured in at least
 *   one published article (publication day in Y, Vietnam time) or honoured at an event held in Y.
 */
import type { ExemplarStatus } from '../exemplars/status'
import type { CountingRule } from './rules'

export interface CountableExemplar {
  id: number
  unit: number
  status: ExemplarStatus
  recognisedYears: number[]
}

/** Days (YYYY-MM-DD, Vietnam time) on which an exemplar was featured in a published article or honoured at an event. */
export type PropagationDays = Map<number, string[]>

/** Statuses that never count, whatever the rule: a loader may leave these records out. */
export const NOT_RECOGNISED: readonly ExemplarStatus[] = ['newFactor', 'nurturing', 'archived']

export function isRecognisedIn(e: CountableExemplar, year: number): boolean {
  return !NOT_RECOGNISED.includes(e.status) && e.recognisedYears.includes(year)
}

export function isPropagatedIn(e: CountableExemplar, year: number, days: PropagationDays): boolean {
  if (NOT_RECOGNISED.includes(e.status)) return false
  if (!e.recognisedYears.some((y) => y <= year)) return false
  return (days.get(e.id) ?? []).some((day) => day.startsWith(`${year}-`))
}

export function counts(rule: CountingRule, e: CountableExemplar, year: number, days: PropagationDays): boolean {
  return rule === 'recognised' ? isRecognisedIn(e, year) : isPropagatedIn(e, year, days)
}
