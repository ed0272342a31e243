export interface PlanPeriod {
  id: number | string
  periodFrom: number
  periodTo: number
}

/** The plan in force in a year; when periods overlap, the most recently started one wins. */
export function planForYear<P extends PlanPeriod>(plans: P[], year: number): P | undefined {
  return plansForYear(plans, year)[0]
}

/** Every plan in force in a year (plans of different provinces may overlap), the most recently started first. */
export function plansForYear<P extends PlanPeriod>(plans: P[], year: number): P[] {
  return plans.filter((p) => p.periodFrom <= year && year <= p.periodTo).sort((a, b) => b.periodFrom - a.periodFrom)
}
