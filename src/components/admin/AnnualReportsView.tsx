import { Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { asUser, hasRole, isOrganizer, refId } from '@/access/user'
import { vnDay } from '@/domain/units/validity'
import { formatDate } from '@/lib/site/format'
import { AdminPage } from './AdminPage'
import { NoAccessPage } from './NoAccessPage'
import { AnnualReportRequest } from './AnnualReportRequest'
import { DataTable } from './ui/DataTable'

type PillStyle = 'light-gray' | 'warning' | 'success' | 'error'
const STATUS: Record<string, { label: string; pill: PillStyle }> = {
  queued: { label: 'Chờ xử lý', pill: 'light-gray' },
  running: { label: 'Đang tổng hợp', pill: 'warning' },
  done: { label: 'Hoàn thành', pill: 'success' },
  failed: { label: 'Lỗi', pill: 'error' },
}
const mediaUrl = (m: unknown) => (typeof m === 'object' && m ? (m as { url?: string }).url : undefined)

/** "Báo cáo năm": request the yearly report (XLSX + PDF, built in the background) and download it. */
export async function AnnualReportsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = asUser(req.user)
  if (!hasRole(user, 'admin', 'organizer', 'unitOfficer')) {
    return <NoAccessPage props={props} title="Báo cáo năm" />
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
      {reports.docs.length ? (
        <DataTable columns={['Báo cáo', 'Yêu cầu lúc', 'Trạng thái', 'Tải về']}>
          {reports.docs.map((r) => {
            const status = STATUS[r.status ?? 'queued']
            return (
              <tr key={r.id} data-testid="report-row">
                <td>{r.title ?? `Năm ${r.year}`}</td>
                <td>{formatDate(r.createdAt, true)}</td>
                <td>
                  <Pill pillStyle={status.pill} size="small">
                    {status.label}
                  </Pill>{' '}
                  {r.status === 'running' || r.status === 'queued' ? (
                    <progress max={100} value={r.progress ?? 0} aria-label="Tiến độ" />
                  ) : null}
                  {r.status === 'failed' ? ` ${r.message ?? ''}` : ''}
                </td>
                <td>
                  {mediaUrl(r.xlsx) ? <a href={mediaUrl(r.xlsx)}>XLSX</a> : null}{' '}
                  {mediaUrl(r.pdf) ? <a href={mediaUrl(r.pdf)}>PDF</a> : null}
                </td>
              </tr>
            )
          })}
        </DataTable>
      ) : (
        <p>Chưa có báo cáo năm nào được yêu cầu.</p>
      )}
    </AdminPage>
  )
}
