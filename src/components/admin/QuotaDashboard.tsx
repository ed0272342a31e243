import type { AdminViewServerProps } from 'payload'
import { hasRole, isOrganizer } from '../../access/user'
import { COUNTING_RULES } from '../../domain/quota/rules'
import { UNIT_KIND_LABELS, type UnitKind } from '../../domain/units/kinds'
import { dashboardExtras } from '../../lib/quota/dashboardExtras'
import { quotaFilters, quotaView } from '../../lib/quota/quotaView'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '../../domain/exemplars/status'
import { formatDate } from '../../lib/site/format'
import { AdminPage } from './AdminPage'
import { topCell as cell, TableHead } from './table'

/** "Chỉ tiêu điển hình": each unit's yearly targets from the plan in force against what it achieved. */
export async function QuotaDashboard(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const filters = quotaFilters((props.searchParams ?? {}) as Record<string, unknown>)
  const { year, district, kind, onlyShort } = filters

  if (!hasRole(req.user, 'admin', 'organizer', 'unitOfficer')) {
    return (
      <AdminPage props={props} title="Chỉ tiêu điển hình tiên tiến">
        <p>Bạn không có quyền xem trang này.</p>
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
          <strong style={{ color: shortCount ? '#b91c1c' : 'inherit' }}>{shortCount} đơn vị chưa đạt</strong>.
        </p>
      ) : (
        <p>Chưa có kế hoạch nào có hiệu lực trong năm {year}. Ban tổ chức thêm kế hoạch tại mục Kế hoạch.</p>
      )}
      <section style={{ display: 'grid', gap: '.5rem', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', marginBlock: '1rem' }}>
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
          <ul>
            {extras.awaiting.map((e) => (
              <li key={e.id}>
                <a href={`/admin/collections/exemplars/${e.id}`}>{e.name}</a> — {EXEMPLAR_STATUS_LABELS[e.status as ExemplarStatus]?.vi} (
                {e.unit})
              </li>
            ))}
          </ul>
        </details>
      </section>
      <form method="get" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end', marginBlock: '1rem' }}>
        <label>
          Năm <input name="nam" type="number" defaultValue={year} min={2000} max={2100} style={{ width: '6rem' }} />
        </label>
        <label>
          Huyện, thành phố{' '}
          <select name="huyen" defaultValue={district ?? ''}>
            <option value="">Tất cả</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Loại đơn vị{' '}
          <select name="loai" defaultValue={kind ?? ''}>
            <option value="">Tất cả</option>
            {(Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k].vi}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="chuaDat" value="1" defaultChecked={onlyShort} /> Chỉ đơn vị chưa đạt
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          Xem
        </button>
        <a href={exportHref}>Tải về (XLSX)</a>
      </form>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="quota-table">
        <TableHead
          columns={['Đơn vị', 'Loại', 'Huyện, thành phố', 'Hiệu lực', 'Chỉ tiêu', 'Đạt', 'Thiếu', 'Lịch sử từ đơn vị tiền thân']}
          style={cell}
        />
        <tbody>
          {rows.map((r) =>
            r.lines.map((line, i) => (
              <tr
                key={`${r.unit.id}-${i}`}
                data-unit={r.unit.name}
                style={{ background: line.shortfall ? 'rgba(185,28,28,.08)' : undefined }}
              >
                <td style={cell}>{i === 0 ? r.unit.name : ''}</td>
                <td style={cell}>{i === 0 ? UNIT_KIND_LABELS[r.unit.kind].vi : ''}</td>
                <td style={cell}>{i === 0 ? (r.district?.name ?? '') : ''}</td>
                <td style={cell}>
                  {i === 0 ? `${formatDate(r.unit.validFrom)} – ${r.unit.validTo ? formatDate(r.unit.validTo) : 'nay'}` : ''}
                </td>
                <td style={cell} title={line.wording ?? COUNTING_RULES[line.rule].vi}>
                  ≥ {line.target} {COUNTING_RULES[line.rule].short}
                </td>
                <td style={cell} data-testid="achieved">
                  {line.achieved}
                </td>
                <td style={{ ...cell, color: line.shortfall ? '#b91c1c' : undefined, fontWeight: line.shortfall ? 700 : undefined }}>
                  {line.shortfall || '—'}
                </td>
                <td style={cell} data-testid="predecessors">
                  {i === 0 ? r.predecessors.map((p) => `${p.unit.name} (${p.recognised} điển hình)`).join('; ') : ''}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </AdminPage>
  )
}
