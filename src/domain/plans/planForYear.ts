export interface PlanPeriod {
  id: number | string
  periodFrom: number
  periodTo: number
}

/** The plan in force in a year; when periods overlap, the most recently started one wins. */
export function planForYear<P extends PlanPeriod>(plans: P[], year: number): P | undefined {
  return plans
    .filter((p) => p.periodFrom <= year && year <= p.periodTo)
    .sort((a, b) => b.periodFrom - a.periodFrom)[0]
}
