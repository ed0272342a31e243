import type { AdminViewServerProps } from 'payload'
import { Banner } from '@payloadcms/ui'
import { hasRole, isOrganizer } from '@/access/user'
import { COUNTING_RULES } from '@/domain/quota/rules'
import { UNIT_KIND_LABELS, type UnitKind } from '@/domain/units/kinds'
import { dashboardExtras } from '@/lib/quota/dashboardExtras'
import { quotaFilters, quotaView } from '@/lib/quota/quotaView'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '@/domain/exemplars/status'
import { formatDate } from '@/lib/site/format'
import { AdminPage } from './AdminPage'
import { QuotaFilters } from './quota/QuotaFilters'
import { DataTable, rowClass } from './ui/DataTable'

/** "Chỉ tiêu điển hình": each unit's yearly targets from the plan in force against what it achieved. */
export async function QuotaDashboard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const filters = quotaFilters((props.searchParams ?? {}) as Record<string, unknown>)
  const { year, district, kind, onlyShort } = filters

  if (!hasRole(req.user, 'admin', 'organizer', 'unitOfficer')) {
    return (
      <AdminPage props={props} title="Chỉ tiêu điển hình tiên tiến">
        <Banner type="error">Bạn không có quyền xem trang này.</Banner>
      </AdminPage>
    )
  }
  const report = await quotaView(req, filters)
  const inScope = report.visible
  const rows = report.rows
  const districts = [...new Map(inScope.filter((r) => r.district).map((r) => [r.district!.id, r.district!])).values()]
  const shortCount = inScope.filter((r) => !r.met).length
  const extras = await dashboardExtras(req, year, inScope)
  const nameOf = new Map(inScope.map((r) => [r.unit.id, r.unit.name]))
  const names = (ids: number[]) =>
    ids
      .map((id) => nameOf.get(id))
      .filter(Boolean)
      .join('; ')
  const exportHref = `/api/quota/export?nam=${year}${district ? `&huyen=${district}` : ''}${kind ? `&loai=${kind}` : ''}`

  return (
    <AdminPage props={props} title={`Chỉ tiêu điển hình tiên tiến năm ${year}`}>
      <QuotaFilters
        year={year}
        district={district}
        kind={kind}
        onlyShort={!!onlyShort}
        districts={districts.map((d) => ({ value: d.id, label: d.name }))}
        kinds={(Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((k) => ({ value: k, label: UNIT_KIND_LABELS[k].vi }))}
        exportHref={exportHref}
      />
      {report.plans.length ? (
        <p>
          Theo:{' '}
          {report.plans.map((p, i) => (
            <span key={p.id}>
              {i ? '; ' : ''}
              <strong>{p.name}</strong> ({p.periodFrom}–{p.periodTo})
            </span>
          ))}
          .{' '}
          {isOrganizer(req.user) ? (
            <span data-testid="year-figures">
              Toàn phạm vi: <strong>{report.figures.recognised}</strong> điển hình được công nhận trong năm, trong đó{' '}
              <strong>{report.figures.inPublication}</strong> cấp tỉnh trở lên (vào ấn phẩm điện tử).{' '}
            </span>
          ) : null}
          {inScope.length} đơn vị có chỉ tiêu,{' '}
          <strong className={shortCount ? 'gs-attention' : undefined}>{shortCount} đơn vị chưa đạt</strong>.
        </p>
      ) : (
        <Banner type="info">Chưa có kế hoạch nào có hiệu lực trong năm {year}. Ban tổ chức thêm kế hoạch tại mục Kế hoạch.</Banner>
      )}
      <section className="gs-panels" aria-label="Tình hình trong năm">
        <details data-testid="criteria-coverage">
          <summary>
            Bộ tiêu chí năm {year}:{' '}
            <strong>
              {extras.coverage.withCriteria}/{extras.coverage.total}
            </strong>{' '}
            đơn vị ({extras.coverage.percent}%, chỉ tiêu 100%)
          </summary>
          <p>Chưa ban hành: {names(extras.coverage.missingCriteria) || 'không còn đơn vị nào'}</p>
        </details>
        <details data-testid="no-events">
          <summary>
            Đơn vị chưa tổ chức giao lưu, tôn vinh trong năm: <strong>{extras.coverage.missingEvents.length}</strong>
          </summary>
          <p>{names(extras.coverage.missingEvents) || 'Không có'}</p>
        </details>
        <details data-testid="awaiting" open={extras.awaiting.length > 0 && extras.awaiting.length <= 5}>
          <summary>
            Điển hình chờ Sở Nội vụ quyết định: <strong>{extras.awaiting.length}</strong>
          </summary>
          <ul className="gs-list">
            {extras.awaiting.map((e) => (
              <li key={e.id}>
                <a href={`/admin/collections/exemplars/${e.id}`}>{e.name}</a> — {EXEMPLAR_STATUS_LABELS[e.status as ExemplarStatus]?.vi} (
                {e.unit})
              </li>
            ))}
          </ul>
        </details>
      </section>
      <DataTable
        columns={['Đơn vị', 'Loại', 'Huyện, thành phố', 'Hiệu lực', 'Chỉ tiêu', 'Đạt', 'Thiếu', 'Lịch sử từ đơn vị tiền thân']}
        testId="quota-table"
      >
        {rows.map((r) =>
          r.lines.map((line, i) => (
            <tr key={`${r.unit.id}-${i}`} data-unit={r.unit.name} className={rowClass({ attention: line.shortfall > 0 })}>
              <td>{i === 0 ? r.unit.name : ''}</td>
              <td>{i === 0 ? UNIT_KIND_LABELS[r.unit.kind].vi : ''}</td>
              <td>{i === 0 ? (r.district?.name ?? '') : ''}</td>
              <td>{i === 0 ? `${formatDate(r.unit.validFrom)} – ${r.unit.validTo ? formatDate(r.unit.validTo) : 'nay'}` : ''}</td>
              <td title={line.wording ?? COUNTING_RULES[line.rule].vi}>
                ít nhất {line.target} {COUNTING_RULES[line.rule].short}
              </td>
              <td data-testid="achieved">{line.achieved}</td>
              <td className={line.shortfall ? 'gs-attention' : undefined}>{line.shortfall || '—'}</td>
              <td data-testid="predecessors">
                {i === 0 ? r.predecessors.map((p) => `${p.unit.name} (${p.recognised} điển hình)`).join('; ') : ''}
              </td>
            </tr>
          )),
        )}
      </DataTable>
    </AdminPage>
  )
}
