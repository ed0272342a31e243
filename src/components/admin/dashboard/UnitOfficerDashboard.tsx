import Link from 'next/link'
import { Banner } from '@payloadcms/ui'
import type { UnitOfficerDashboard as Data } from '@/server/dashboard/unitOfficer'
import { FigureCards, ItemList, Section } from './parts'
import { quotaFigure } from './quotaFigure'

const REPORT_STATUS: Record<string, string> = { queued: 'chờ xử lý', running: 'đang tổng hợp', done: 'hoàn thành', failed: 'lỗi' }

/** A unit officer's unit: this year's targets, exemplars waiting, criteria sets missing, the latest annual report. */
export function UnitOfficerDashboard({ data }: { data: Data }) {
  const { targets, waiting } = data
  return (
    <>
      {data.unitName ? (
        <p>
          Đơn vị: <strong>{data.unitName}</strong>
        </p>
      ) : (
        <Banner type="error">Tài khoản chưa được gán đơn vị.</Banner>
      )}
      <FigureCards
        figures={[
          quotaFigure('targets', data.year, targets, targets.short ? `${targets.short} đơn vị chưa đạt` : undefined),
          {
            key: 'waiting',
            label: 'Điển hình chờ bước tiếp theo',
            value: waiting.total,
            href: waiting.href,
            note: waiting.byStatus.map((s) => `${s.label}: ${s.count}`).join(' · ') || undefined,
          },
          {
            key: 'criteria',
            label: `Đơn vị chưa ban hành bộ tiêu chí năm ${data.year}`,
            value: data.missingCriteria.length,
            href: '/admin/collections/criteriaSets',
            attention: data.missingCriteria.length > 0,
          },
        ]}
      />
      {targets.shortUnits.length ? <p>Chưa đạt chỉ tiêu: {targets.shortUnits.join('; ')}.</p> : null}
      <Section title={`Bộ tiêu chí năm ${data.year} còn thiếu`}>
        <ItemList
          items={data.missingCriteria.map((m) => ({ ...m, note: 'thêm bộ tiêu chí' }))}
          empty="Mọi đơn vị đã ban hành bộ tiêu chí."
          testId="missing-criteria"
        />
      </Section>
      <Section title="Báo cáo năm gần nhất">
        <ItemList
          items={
            data.latestReport
              ? [
                  {
                    ...data.latestReport,
                    note: `${data.latestReport.note} · ${REPORT_STATUS[data.latestReport.status] ?? data.latestReport.status}`,
                  },
                ]
              : []
          }
          empty="Chưa có báo cáo năm nào."
          testId="latest-report"
        />
        <p>
          <Link href="/admin/bao-cao">Yêu cầu, xem báo cáo năm</Link>
        </p>
      </Section>
    </>
  )
}
