import Link from 'next/link'
import type { OrganizerDashboard as Data } from '@/server/dashboard/organizer'
import { FigureCards, Section } from './parts'
import { quotaFigure } from './quotaFigure'

/** Sở Nội vụ's desk: the province's targets, what waits for a decision, each contest's next step, reports. */
export function OrganizerDashboard({ data }: { data: Data }) {
  const { quota } = data
  return (
    <>
      <FigureCards
        figures={[quotaFigure('quota', data.year, quota, `${quota.recognised} điển hình được công nhận trong năm`), ...data.figures]}
      />
      <Section title="Các cuộc thi và việc cần làm tiếp theo" testId="contest-next">
        {data.contests.length ? (
          <ul className="gs-list">
            {data.contests.map((c) => (
              <li key={c.href}>
                <strong>{c.label}</strong>: {c.stage}. {c.next} {c.href ? <Link href={c.href}>{c.linkText}</Link> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            Chưa có cuộc thi nào hết hạn nhận bài. <Link href="/admin/collections/contests">Danh sách cuộc thi</Link>
          </p>
        )}
      </Section>
    </>
  )
}
