import type { PayloadRequest } from 'payload'
import { refId } from '../ids'
import { yearRange } from '../../domain/time/vietnam'
import { coverage, type Coverage } from '../../domain/quota/coverage'
import type { QuotaRow } from '../../domain/quota/quota'

const all = { depth: 0, limit: 0, pagination: false as const }

export interface DashboardExtras {
  coverage: Coverage
  awaiting: { id: number; name: string; status: string; unit: string }[]
}

/** Criteria coverage, units without an event and exemplars waiting for Sở Nội vụ, for the units the user sees. */
export async function dashboardExtras(req: PayloadRequest, year: number, rows: QuotaRow[]): Promise<DashboardExtras> {
  const unitIds = rows.map((r) => r.unit.id)
  const [criteria, events, awaiting] = await Promise.all([
    req.payload.find({
      collection: 'criteriaSets',
      ...all,
      req,
      where: { year: { equals: year }, unit: { in: unitIds.length ? unitIds : [-1] } },
      select: { unit: true },
    }),
    req.payload.find({
      collection: 'events',
      ...all,
      req,
      where: { unit: { in: unitIds.length ? unitIds : [-1] }, date: yearRange(year) },
      select: { unit: true },
    }),
    req.payload.find({
      collection: 'exemplars',
      depth: 1,
      limit: 50,
      req,
      overrideAccess: false,
      user: req.user,
      where: { status: { in: ['proposedToProvince', 'proposedToCentral'] } },
      sort: 'updatedAt',
      select: { name: true, status: true, unit: true },
    }),
  ])
  return {
    coverage: coverage({
      unitIds,
      criteriaUnitIds: criteria.docs.map((c) => Number(refId(c.unit))),
      eventUnitIds: events.docs.map((e) => Number(refId(e.unit))),
    }),
    awaiting: awaiting.docs.map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      unit: typeof e.unit === 'object' && e.unit ? e.unit.name : '',
    })),
  }
}
