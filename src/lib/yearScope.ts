/**
 * Loads the plans and the unit tree once and answers "which units, and which records count, in year Y" for every
 * caller: the quota dashboard and its export (loadQuota), the annual report (loadReportInput) and the e-publication
 * (loadPublicationInput). The rules themselves are pure: domain/units/unitsInYear.ts, domain/quota/recordsInYear.ts.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { QuotaUnit } from '../domain/quota/quota'
import { namesOfYear, unitsInYear, yearScope, type YearScope } from '../domain/units/unitsInYear'
import { plansForYear } from '../domain/plans/planForYear'
import type { Plan } from '../payload-types'
import { refId } from './ids'

export type ScopePlan = Plan & { province: number; periodFrom: number; periodTo: number }

export interface ScopeData {
  plans: ScopePlan[]
  units: QuotaUnit[]
}

export interface LoadedYearScope extends YearScope<number, ScopePlan> {
  /** every unit, with its validity and successors (rows, names and history are read from it) */
  all: QuotaUnit[]
  /** the units the year is named after (the plans' provinces as they stood at the year's end, or the requested unit) */
  names: QuotaUnit[]
}

const all = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

/** The plans and the whole unit tree (a few hundred rows): two queries. */
export async function loadScopeData(payload: Payload, req?: PayloadRequest): Promise<ScopeData> {
  const [plans, units] = await Promise.all([
    payload.find({ collection: 'plans', ...all, req }),
    payload.find({
      collection: 'units',
      ...all,
      req,
      select: { name: true, code: true, kind: true, parent: true, successors: true, validFrom: true, validTo: true },
    }),
  ])
  return {
    plans: plans.docs.map((p) => ({
      ...p,
      province: Number(refId(p.province)),
      periodFrom: Number(p.periodFrom),
      periodTo: Number(p.periodTo),
    })),
    units: units.docs.map((u) => ({
      id: u.id,
      name: u.name,
      code: u.code,
      kind: u.kind,
      parent: u.parent == null ? null : Number(refId(u.parent)),
      successors: (u.successors ?? []).map((x) => Number(refId(x))),
      validFrom: u.validFrom,
      validTo: u.validTo ?? null,
    })) as QuotaUnit[],
  }
}

/** The year's scope: every plan in force, or one requested unit (with what it ended into). */
export function scopeOf(data: ScopeData, year: number, unit?: number | null): LoadedYearScope {
  const scope =
    unit == null
      ? yearScope(data.plans, data.units, year)
      : { ...unitsInYear([unit], data.units, year), plans: plansForYear(data.plans, year) }
  return { ...scope, all: data.units, names: namesOfYear(scope, data.units) }
}

export async function loadYearScope(
  payload: Payload,
  year: number,
  opts: { req?: PayloadRequest; unit?: number | null } = {},
): Promise<LoadedYearScope> {
  return scopeOf(await loadScopeData(payload, opts.req), year, opts.unit)
}
