/**
 * Compliance at a glance for a year: which units in scope issued no criteria set (the plan's target is 100%), and
 * which held no event (exchange, honouring, talk, training — the plan asks for at least one a year).
 */
export interface CoverageInput {
  unitIds: number[]
  criteriaUnitIds: number[]
  eventUnitIds: number[]
}

export interface Coverage {
  withCriteria: number
  total: number
  /** 0–100, rounded down so 99.6% never shows as 100% */
  percent: number
  missingCriteria: number[]
  missingEvents: number[]
}

export function coverage({ unitIds, criteriaUnitIds, eventUnitIds }: CoverageInput): Coverage {
  const criteria = new Set(criteriaUnitIds)
  const events = new Set(eventUnitIds)
  const missingCriteria = unitIds.filter((id) => !criteria.has(id))
  const withCriteria = unitIds.length - missingCriteria.length
  return {
    withCriteria,
    total: unitIds.length,
    percent: unitIds.length ? Math.floor((withCriteria * 100) / unitIds.length) : 100,
    missingCriteria,
    missingEvents: unitIds.filter((id) => !events.has(id)),
  }
}
