import type { Payload, PayloadRequest } from 'payload'
import { refId } from '../ids'
import type { CountableExemplar, PropagationDays } from '../../domain/quota/countingRules'
import { computeQuota, type PlanTarget, type QuotaRow } from '../../domain/quota/quota'
import { yearFigures, type YearFigures } from '../../domain/quota/recordsInYear'
import { vnDay, yearRange } from '../../domain/time/vietnam'
import type { ExemplarStatus } from '../../domain/exemplars/status'
import { loadYearScope } from '../yearScope'

const all = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

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

  const [exemplars, articles, events] = await Promise.all([
    // every unit's records: a row's history (its predecessors) may lie outside this year's tree
    payload.find({ collection: 'exemplars', ...all, req, select: { unit: true, status: true, recognisedYears: true } }),
    payload.find({
      collection: 'articles',
      ...all,
      req,
      where: { _status: { equals: 'published' }, publishedAt: yearRange(year) },
      select: { exemplars: true, publishedAt: true },
    }),
    payload.find({ collection: 'events', ...all, req, where: { date: yearRange(year) }, select: { exemplars: true, date: true } }),
  ])

  const propagation: PropagationDays = new Map()
  const mark = (ids: unknown[] | null | undefined, when: string | null | undefined) => {
    if (!when) return
    const day = vnDay(when)
    for (const id of ids ?? []) propagation.set(Number(refId(id)), [...(propagation.get(Number(refId(id))) ?? []), day])
  }
  for (const a of articles.docs) mark(a.exemplars as unknown[], a.publishedAt)
  for (const e of events.docs) mark(e.exemplars as unknown[], e.date)

  const countable = exemplars.docs.map((e) => ({
    id: e.id,
    unit: Number(refId(e.unit)),
    status: e.status as ExemplarStatus,
    recognisedYears: (e.recognisedYears ?? []).map(Number),
  })) as CountableExemplar[]
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
