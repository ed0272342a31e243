import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../ids'
import type { CountableExemplar, PropagationDays } from '../../domain/quota/countingRules'
import { computeQuota, type PlanTarget, type QuotaRow, type QuotaUnit } from '../../domain/quota/quota'
import { plansForYear } from '../../domain/plans/planForYear'
import { vnDay } from '../../domain/units/validity'
import type { ExemplarStatus } from '../../domain/exemplars/status'

const all = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

type PlanSummary = { id: number; name: string; periodFrom: number; periodTo: number }

export interface QuotaReport {
  year: number
  /** the plans in force that year (each covers its own province and that province's successors) */
  plans: PlanSummary[]
  rows: QuotaRow[]
}

/** Loads what the quota rules need for a year and applies the plan in force that year. */
export async function loadQuota(payload: Payload, year: number, req?: PayloadRequest): Promise<QuotaReport> {
  const plans = await payload.find({ collection: 'plans', ...all, req })
  const inForce = plansForYear(plans.docs, year)
  if (!inForce.length) return { year, plans: [], rows: [] }

  const [units, exemplars, articles, events] = await Promise.all([
    payload.find({ collection: 'units', ...all, req, select: { name: true, code: true, kind: true, parent: true, successors: true, validFrom: true, validTo: true } }),
    payload.find({ collection: 'exemplars', ...all, req, select: { unit: true, status: true, recognisedYears: true } }),
    payload.find({
      collection: 'articles',
      ...all,
      req,
      where: { _status: { equals: 'published' }, publishedAt: { greater_than_equal: `${year - 1}-12-31T00:00:00Z`, less_than: `${year + 1}-01-02T00:00:00Z` } },
      select: { exemplars: true, publishedAt: true },
    }),
    payload.find({
      collection: 'events',
      ...all,
      req,
      where: { date: { greater_than_equal: `${year - 1}-12-31T00:00:00Z`, less_than: `${year + 1}-01-02T00:00:00Z` } },
      select: { exemplars: true, date: true },
    }),
  ])

  const propagation: PropagationDays = new Map()
  const mark = (ids: unknown[] | null | undefined, when: string | null | undefined) => {
    if (!when) return
    const day = vnDay(when)
    for (const id of ids ?? []) propagation.set(idOf(id), [...(propagation.get(idOf(id)) ?? []), day])
  }
  for (const a of articles.docs) mark(a.exemplars as unknown[], a.publishedAt)
  for (const e of events.docs) mark(e.exemplars as unknown[], e.date)

  const quotaUnits = units.docs.map((u) => ({
      id: u.id,
      name: u.name,
      code: u.code,
      kind: u.kind,
      parent: u.parent == null ? null : idOf(u.parent),
      successors: (u.successors ?? []).map(idOf),
      validFrom: u.validFrom,
      validTo: u.validTo,
    })) as QuotaUnit[]
  const countable = exemplars.docs.map((e) => ({
    id: e.id,
    unit: idOf(e.unit),
    status: e.status as ExemplarStatus,
    recognisedYears: (e.recognisedYears ?? []).map(Number),
  })) as CountableExemplar[]
  const rows = inForce.flatMap((plan) =>
    computeQuota({
      year,
      provinceId: idOf(plan.province),
      targets: (plan.targets ?? []).map((t) => ({ ...t, unit: t.unit == null ? null : idOf(t.unit) })) as PlanTarget[],
      units: quotaUnits,
      exemplars: countable,
      propagation,
    }),
  )
  return { year, plans: inForce.map((p) => ({ id: p.id, name: p.name, periodFrom: p.periodFrom, periodTo: p.periodTo })), rows }
}
