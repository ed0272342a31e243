import type { PayloadRequest } from 'payload'
import { asUser as appUser, refId } from '../../access/user'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '../../domain/exemplars/status'
import { formatVnDate, vnYear } from '../../domain/time/vietnam'
import { dashboardExtras } from '../../lib/quota/dashboardExtras'
import { quotaView } from '../../lib/quota/quotaView'
import { readableUnitIds } from '../../lib/unitScope'
import { asUser, listHref, type DashboardItem } from './types'

/** Exemplars whose next step is the unit's (nurture, recognise) or Sở Nội vụ's (decide a proposal). */
export const WAITING_STATUSES: ExemplarStatus[] = ['newFactor', 'nurturing', 'proposedToProvince', 'proposedToCentral']

export interface UnitOfficerDashboard {
  role: 'unitOfficer'
  year: number
  unitName: string
  targets: { units: number; met: number; short: number; shortUnits: string[] }
  waiting: { total: number; byStatus: { status: ExemplarStatus; label: string; count: number }[]; href: string }
  missingCriteria: DashboardItem[]
  latestReport: (DashboardItem & { status: string }) | null
}

/**
 * A unit officer's own unit: this year's targets (as on "Chỉ tiêu điển hình"), exemplars waiting, criteria sets missing,
 * the latest report.
 */
export async function loadUnitOfficerDashboard(req: PayloadRequest, now: Date): Promise<UnitOfficerDashboard> {
  const year = vnYear(now)
  const unitId = Number(refId(appUser(req.user)?.unit))
  const unit = Number.isFinite(unitId)
    ? await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, disableErrors: true, select: { name: true }, ...asUser(req) })
    : null
  const scope = unit ? await readableUnitIds(req, unitId) : []

  const quota = await quotaView(req, { year })
  const rows = quota.visible
  const extras = await dashboardExtras(req, year, rows)
  const nameOf = new Map(rows.map((r) => [r.unit.id, r.unit.name]))

  const exemplars = await req.payload.find({
    collection: 'exemplars',
    where: { status: { in: WAITING_STATUSES }, unit: { in: scope.length ? scope : [-1] } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { status: true },
    ...asUser(req),
  })
  const reports = await req.payload.find({
    collection: 'annualReports',
    depth: 0,
    limit: 1,
    sort: '-createdAt',
    select: { title: true, status: true, createdAt: true, year: true },
    ...asUser(req),
  })
  const report = reports.docs[0]

  return {
    role: 'unitOfficer',
    year,
    unitName: unit?.name ?? '',
    targets: {
      units: rows.length,
      met: rows.filter((r) => r.met).length,
      short: rows.filter((r) => !r.met).length,
      shortUnits: rows.filter((r) => !r.met).map((r) => r.unit.name),
    },
    waiting: {
      total: exemplars.docs.length,
      byStatus: WAITING_STATUSES.map((status) => ({
        status,
        label: EXEMPLAR_STATUS_LABELS[status].vi,
        count: exemplars.docs.filter((e) => e.status === status).length,
      })).filter((s) => s.count),
      href: listHref('exemplars', { status: { in: WAITING_STATUSES }, unit: { in: scope } }),
    },
    missingCriteria: extras.coverage.missingCriteria.map((id) => ({
      label: nameOf.get(id) ?? String(id),
      href: '/admin/collections/criteriaSets/create',
    })),
    latestReport: report
      ? {
          label: report.title || `Báo cáo năm ${report.year}`,
          href: `/admin/collections/annualReports/${report.id}`,
          note: formatVnDate(report.createdAt),
          status: report.status ?? 'queued',
        }
      : null,
  }
}
