import type { Payload, PayloadRequest } from 'payload'
import { refId } from '../ids'
import { computeQuota, type PlanTarget, type QuotaRow } from '../../domain/quota/quota'
import { yearFigures, type YearFigures } from '../../domain/quota/recordsInYear'
import { loadYearScope } from '../yearScope'
import { countableExemplars, propagationDays } from './countableRecords'

type PlanSummary = { id: number; name: string; periodFrom: number; periodTo: number }

export interface QuotaReport {
  year: number
  /** the plans in force that year (each covers its own province and that province's successors) */
  plans: PlanSummary[]
  rows: QuotaRow[]
  /** the year's headline figures over the whole scope, the same as the annual report's and the e-publication's */
  figures: YearFigures
}

/** Loads what the quota rules need for a year and applies every plan in force that year. */
export async function loadQuota(payload: Payload, year: number, req?: PayloadRequest): Promise<QuotaReport> {
  const scope = await loadYearScope(payload, year, { req })
  if (!scope.plans.length) return { year, plans: [], rows: [], figures: { year, recognised: 0, inPublication: 0 } }

  const [countable, propagation] = await Promise.all([countableExemplars(payload), propagationDays(payload, year)])
  const rows = scope.plans.flatMap((plan) =>
    computeQuota({
      year,
      provinceId: plan.province,
      targets: (plan.targets ?? []).map((t) => ({ ...t, unit: t.unit == null ? null : Number(refId(t.unit)) })) as PlanTarget[],
      units: scope.all,
      exemplars: countable,
      propagation,
    }),
  )
  return {
    year,
    plans: scope.plans.map((p) => ({ id: p.id, name: p.name, periodFrom: p.periodFrom, periodTo: p.periodTo })),
    rows,
    figures: yearFigures(scope, countable),
  }
}
