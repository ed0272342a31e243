import { Pill } from '@payloadcms/ui'
import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'
import { hasRole, refId } from '@/access/user'
import { occurrenceDateLabel, upcomingCampaign } from '@/domain/editorial/campaignCalendar'
import { vnDay } from '@/domain/units/validity'
import { formatDate } from '@/lib/site/format'
import { campaignDateInput } from '@/server/editorial/campaignDateInput'
import { AdminPage } from '../AdminPage'
import { NoAccessPage } from '../NoAccessPage'
import { DataTable, rowClass } from '../ui/DataTable'

const STATUS = {
  planned: { label: 'Dự kiến', pill: 'light-gray' },
  published: { label: 'Đã đăng', pill: 'success' },
} as const
const nameOf = (v: unknown, key: 'name' | 'fullName' | 'title'): string | null =>
  v && typeof v === 'object' && key in v ? String((v as Record<string, unknown>)[key] ?? '') : null

/** "Lịch tuyên truyền": the anniversaries and holidays of the next 12 months, their planned articles, and the gaps. */
export async function CampaignCalendar(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!hasRole(req.user, 'admin', 'organizer', 'editor')) return <NoAccessPage props={props} title="Lịch tuyên truyền" />
  const found = await req.payload.find({
    collection: 'campaignDates',
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    populate: { articles: { title: true }, outlets: { name: true }, users: { fullName: true } },
  })
  const dates = found.docs.map((d) =>
    campaignDateInput(d, (p) => ({
      year: p.year,
      status: p.status,
      articleId: refId(p.article as never) as number | null,
      articleTitle: nameOf(p.article, 'title') ?? p.topic ?? null,
      outletName: nameOf(p.outlet, 'name'),
      editorName: nameOf(p.assignedEditor, 'fullName'),
    })),
  )
  const today = vnDay(new Date())
  const rows = upcomingCampaign(dates, today)
  const gaps = rows.filter((r) => r.gap).length

  return (
    <AdminPage props={props} title="Lịch tuyên truyền">
      <p>
        Các ngày kỷ niệm, sự kiện lớn trong 12 tháng tới (từ {formatDate(today)}).{' '}
        <strong className={gaps ? 'gs-attention' : undefined} data-testid="calendar-gaps">
          {gaps} ngày chưa có bài dự kiến
        </strong>
        . Thêm ngày hoặc bài dự kiến tại <Link href="/admin/collections/campaignDates">danh mục ngày kỷ niệm</Link>.
      </p>
      <DataTable columns={['Ngày', 'Sự kiện', 'Bài dự kiến', 'Cơ quan báo chí', 'Biên tập viên', 'Trạng thái']} testId="campaign-calendar">
        {rows.map((r) => {
          const lines = r.planned.length ? r.planned : [null]
          return lines.map((p, i) => (
            <tr key={`${r.campaignDateId}-${r.date}-${i}`} data-gap={r.gap ? '1' : undefined} className={rowClass({ attention: r.gap })}>
              <td>{i === 0 ? occurrenceDateLabel(r) : ''}</td>
              <td>{i === 0 ? <a href={`/admin/collections/campaignDates/${r.campaignDateId}`}>{r.name}</a> : ''}</td>
              {p ? (
                <>
                  <td>
                    {p.articleId ? <a href={`/admin/collections/articles/${p.articleId}`}>{p.articleTitle}</a> : (p.articleTitle ?? '—')}
                  </td>
                  <td>{p.outletName ?? ''}</td>
                  <td>{p.editorName ?? ''}</td>
                  <td>
                    {p.status ? (
                      <Pill pillStyle={STATUS[p.status].pill} size="small">
                        {STATUS[p.status].label}
                      </Pill>
                    ) : null}
                  </td>
                </>
              ) : (
                <td className="gs-attention" colSpan={4}>
                  Chưa có bài dự kiến năm {r.year}
                </td>
              )}
            </tr>
          ))
        })}
      </DataTable>
    </AdminPage>
  )
}
