import type { AdminViewServerProps } from 'payload'
import { asUser, hasRole, isOrganizer, refId } from '../../access/user'
import { vnDay } from '../../domain/units/validity'
import { formatDate } from '../../lib/site/format'
import { AdminPage } from './AdminPage'
import { AnnualReportRequest } from './AnnualReportRequest'

const STATUS: Record<string, string> = { queued: 'Chờ xử lý', running: 'Đang tổng hợp', done: 'Hoàn thành', failed: 'Lỗi' }
const mediaUrl = (m: unknown) => (typeof m === 'object' && m ? (m as { url?: string }).url : undefined)

/** "Báo cáo năm": request the yearly report (XLSX + PDF, built in the background) and download it. */
export async function AnnualReportsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = asUser(req.user)
  if (!hasRole(user, 'admin', 'organizer', 'unitOfficer')) {
    return (
      <AdminPage props={props} title="Báo cáo năm">
        <p>Bạn không có quyền xem trang này.</p>
      </AdminPage>
    )
  }
  const reports = await req.payload.find({
    collection: 'annualReports',
    depth: 1,
    limit: 20,
    sort: '-createdAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  const organizer = isOrganizer(user)
  const units = organizer
    ? (
        await req.payload.find({
          collection: 'units',
          depth: 0,
          limit: 0,
          pagination: false,
          sort: 'name',
          select: { name: true, validFrom: true, validTo: true },
          req,
        })
      ).docs.map((u) => ({ id: u.id, name: u.name, validFrom: u.validFrom, validTo: u.validTo ?? null }))
    : []
  const ownUnit = refId(user?.unit)
  const pending = reports.docs.some((r) => r.status === 'queued' || r.status === 'running')
  return (
    <AdminPage props={props} title="Báo cáo năm">
      <p>
        Tổng hợp theo cơ cấu đơn vị của chính năm báo cáo: tiêu chí, điển hình theo lĩnh vực, đề nghị và quyết định, tin bài, hoạt động,
        cuộc thi, khen thưởng, kiểm tra, kinh phí.
      </p>
      <AnnualReportRequest
        defaultYear={Number(vnDay(new Date()).slice(0, 4)) - 1}
        units={units}
        ownUnit={ownUnit == null ? null : Number(ownUnit)}
        pending={pending}
      />
      <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '1.5rem' }}>
        <thead>
          <tr>
            {['Báo cáo', 'Yêu cầu lúc', 'Trạng thái', 'Tải về'].map((h) => (
              <th key={h} style={{ textAlign: 'left', padding: '.4rem' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reports.docs.map((r) => (
            <tr key={r.id} data-testid="report-row">
              <td style={{ padding: '.4rem' }}>{r.title ?? `Năm ${r.year}`}</td>
              <td style={{ padding: '.4rem' }}>{formatDate(r.createdAt, true)}</td>
              <td style={{ padding: '.4rem' }}>
                {STATUS[r.status ?? 'queued']}{' '}
                {r.status === 'running' || r.status === 'queued' ? (
                  <progress max={100} value={r.progress ?? 0} aria-label="Tiến độ" />
                ) : null}
                {r.status === 'failed' ? ` — ${r.message ?? ''}` : ''}
              </td>
              <td style={{ padding: '.4rem' }}>
                {mediaUrl(r.xlsx) ? <a href={mediaUrl(r.xlsx)}>XLSX</a> : null} {mediaUrl(r.pdf) ? <a href={mediaUrl(r.pdf)}>PDF</a> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  )
}
