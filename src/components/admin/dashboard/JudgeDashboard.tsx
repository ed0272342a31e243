import { Banner, Button } from '@payloadcms/ui'
import type { JudgeDashboard as Data } from '@/server/dashboard/judge'
import { FigureCards, Section } from './parts'

/** A judge's rounds: sheets submitted of those to score, the round's closing date, the way to the score sheets. */
export function JudgeDashboard({ data }: { data: Data }) {
  const left = data.total - data.done
  return (
    <>
      {left > 0 ? (
        <Banner type="info">Còn {left} tác phẩm chờ bạn chấm.</Banner>
      ) : (
        <Banner type="success">Bạn đã chấm xong mọi tác phẩm được phân công.</Banner>
      )}
      <FigureCards
        figures={[
          { key: 'contests', label: 'Cuộc thi đang chấm được phân công', value: data.contests, href: '/admin/cham-bai' },
          {
            key: 'progress',
            label: 'Phiếu chấm đã nộp',
            value: data.done,
            total: data.total,
            href: '/admin/cham-bai',
            attention: left > 0,
          },
        ]}
      />
      <Section title="Các vòng được phân công" testId="judge-rounds">
        {data.rounds.length ? (
          <ul className="gs-list">
            {data.rounds.map((r) => (
              <li key={`${r.contestId}-${r.round}`}>
                <strong>{r.contestTitle}</strong> — vòng {r.roundLabel.toLowerCase()}: đã nộp {r.done}/{r.total}
                {r.conflicts ? `, ${r.conflicts} bài đã khai báo xung đột lợi ích` : ''}
                {r.closed ? ' (vòng đã kết thúc)' : r.closesOn ? ` · hạn chấm ${r.closesOn}` : ''}
                {r.nextHref && !r.closed ? (
                  <div className="gs-actions">
                    <Button el="link" url={r.nextHref} size="small" margin={false}>
                      Chấm bài tiếp theo
                    </Button>
                    <Button el="link" url={r.nextHref} size="small" buttonStyle="secondary" margin={false}>
                      Khai báo xung đột lợi ích
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>Bạn chưa được phân công chấm tác phẩm nào.</p>
        )}
      </Section>
    </>
  )
}
