import type { PayloadRequest } from 'payload'
import { asUser, hasRole, refId } from '../../domain/user'
import type { QuotaRow } from '../../domain/quota/quota'
import { vnDay } from '../../domain/units/validity'
import { readableUnitIds } from '../unitScope'
import { loadQuota, type QuotaReport } from './loadQuota'

export interface QuotaFilters {
  year: number
  district?: string
  kind?: string
  onlyShort?: boolean
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) as string | undefined

/** Query-string names are Vietnamese (nam, huyen, loai, chuaDat), as in the dashboard's URL. */
export function quotaFilters(params: Record<string, unknown>): QuotaFilters {
  return {
    year: Number(first(params.nam)) || Number(vnDay(new Date()).slice(0, 4)),
    district: first(params.huyen) || undefined,
    kind: first(params.loai) || undefined,
    onlyShort: first(params.chuaDat) === '1',
  }
}

export interface QuotaView extends QuotaReport {
  /** rows the user may see, before filters (for the filter lists and the totals) */
  visible: QuotaRow[]
}

/** The quota report as a user may see it (unit officers: their own units and history), filtered. */
export async function quotaView(req: PayloadRequest, f: QuotaFilters): Promise<QuotaView> {
  const report = await loadQuota(req.payload, f.year, req)
  const user = asUser(req.user)
  const unit = refId(user?.unit)
  const scope = hasRole(user, 'unitOfficer') && unit != null ? new Set(await readableUnitIds(req, Number(unit))) : null
  const visible = report.rows.filter((r) => !scope || scope.has(r.unit.id))
  const rows = visible.filter(
    (r) =>
      (!f.district || String(r.district?.id ?? r.unit.id) === f.district) &&
      (!f.kind || r.unit.kind === f.kind) &&
      (!f.onlyShort || !r.met),
  )
  return { ...report, visible, rows }
}
