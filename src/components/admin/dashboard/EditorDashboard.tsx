import type { EditorDashboard as Data } from '@/server/dashboard/editor'
import { GAP_WINDOW_DAYS } from '@/server/dashboard/editor'
import { FigureCards, ItemList, Section } from './parts'

/** An editor's newsroom: drafts to review, the planned articles assigned to them, campaign gaps, each column's latest article. */
export function EditorDashboard({ data }: { data: Data }) {
  return (
    <>
      <FigureCards
        figures={[
          {
            key: 'review',
            label: 'Bài nháp chờ duyệt',
            value: data.awaitingReview.count,
            href: data.awaitingReview.href,
            attention: data.awaitingReview.count > 0,
          },
          { key: 'assigned', label: 'Bài dự kiến được giao cho bạn', value: data.assignedToMe.length, href: '/admin/lich-tuyen-truyen' },
          {
            key: 'gaps',
            label: `Ngày kỷ niệm trong ${GAP_WINDOW_DAYS} ngày tới chưa có bài`,
            value: data.campaignGaps.length,
            href: '/admin/lich-tuyen-truyen',
            attention: data.campaignGaps.length > 0,
          },
        ]}
      />
      <Section title={`Lịch tuyên truyền ${GAP_WINDOW_DAYS} ngày tới chưa có bài dự kiến`}>
        <ItemList items={data.campaignGaps} empty="Mọi ngày kỷ niệm sắp tới đã có bài dự kiến." testId="campaign-gaps" />
      </Section>
      <Section title="Bài dự kiến được giao cho bạn">
        <ItemList items={data.assignedToMe} empty="Chưa có bài dự kiến nào được giao cho bạn." />
      </Section>
      <Section title="Bài mới nhất của từng chuyên mục">
        <ItemList items={data.latestPerColumn} empty="Cơ quan báo chí của bạn chưa có chuyên mục nào." testId="latest-per-column" />
      </Section>
    </>
  )
}
