/**
 * "Which records count in year Y": each record counts by its own unit (the unit it was made in) and its own date,
 * never by the unit's successor, so a year that crosses a reorganisation counts every record once.
 */
import { isInPublication } from '../publication/compile'
import type { UnitsInYear } from '../units/unitsInYear'
import { isRecognisedIn, type CountableExemplar } from './countingRules'

/** A record that belongs to a unit and, when dated, to a Vietnam calendar day (YYYY-MM-DD). */
export interface DatedRecord {
  unit: number
  day?: string | null
}

/** The record's own unit is in the year's tree. */
export const inScope = (scope: Pick<UnitsInYear<number>, 'tree'>, r: { unit: number }): boolean => scope.tree.has(r.unit)

/** The record's own day falls in the year. */
export const dayInYear = (day: string | null | undefined, year: number): boolean => !!day && day.startsWith(`${year}-`)

/** Records of the year: own unit in scope and own day in the year. */
export function recordsInYear<T extends DatedRecord>(scope: Pick<UnitsInYear<number>, 'tree' | 'year'>, records: T[]): T[] {
  return records.filter((r) => inScope(scope, r) && dayInYear(r.day, scope.year))
}

export type YearExemplar = Pick<CountableExemplar, 'unit' | 'recognisedYears'> & { status: string }

export interface YearFigures {
  year: number
  /** exemplars recognised in the year (the "recognised" counting rule), own unit in scope */
  recognised: number
  /** of those, the ones at provincial level or higher: the chapters of the year's e-publication */
  inPublication: number
}

/** The headline figures of a year, the same wherever they are shown. */
export function yearFigures(scope: Pick<UnitsInYear<number>, 'tree' | 'year'>, exemplars: YearExemplar[]): YearFigures {
  const mine = exemplars.filter((e) => inScope(scope, e) && isRecognisedIn(e as CountableExemplar, scope.year))
  return { year: scope.year, recognised: mine.length, inPublication: mine.filter((e) => isInPublication(e, scope.year)).length }
}
