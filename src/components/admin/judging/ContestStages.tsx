import Link from 'next/link'
import type { PayloadRequest } from 'payload'
import { judgingStage, type StageTarget } from '@/domain/contest/judgingStage'
import { contestResultsPath } from '@/lib/site/paths'
import { DataTable } from '../ui/DataTable'

export interface ContestStageRow {
  id: number
  title: string
  year: number
  slug?: string | null
  stage: string
  next: string
  target: StageTarget
}

export const LINK_TEXT: Record<StageTarget, string> = {
  contest: 'Mở cuộc thi',
  entriesToScreen: 'Mở danh sách tác phẩm cần thẩm định',
  leaderboard: 'Mở bảng xếp hạng',
  results: 'Xem trang kết quả',
}

/** Where the next step of a contest is done. */
export function stageHref(r: Pick<ContestStageRow, 'id' | 'slug' | 'target'>): string {
  switch (r.target) {
    case 'contest':
      return `/admin/collections/contests/${r.id}`
    case 'entriesToScreen':
      return `/admin/collections/entries?where[contest][equals]=${r.id}&where[status][equals]=submitted`
    case 'leaderboard':
      return `/admin/xep-hang?cuoc-thi=${r.id}`
    case 'results':
      return contestResultsPath(r.slug)
  }
}

/** Each contest past its deadline, where it stands and the next step, with a link to where that step is done. */
export function ContestStages({ rows }: { rows: ContestStageRow[] }) {
  return (
    <section aria-labelledby="giai-doan" className="gs-section">
      <h2 id="giai-doan">Các cuộc thi và việc cần làm tiếp theo</h2>
      {rows.length ? (
        <DataTable columns={['Cuộc thi', 'Giai đoạn', 'Việc tiếp theo']} testId="contest-stages">
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                {r.title} ({r.year})
              </td>
              <td>{r.stage}</td>
              <td>
                {r.next} <a href={stageHref(r)}>{LINK_TEXT[r.target]}</a>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>
          Chưa có cuộc thi nào hết hạn nhận bài. Khi một cuộc thi hết hạn nộp bài, cuộc thi hiện ở đây cùng việc cần làm tiếp theo. Xem{' '}
          <Link href="/admin/collections/contests">danh sách cuộc thi</Link>.
        </p>
      )}
    </section>
  )
}

/** The contests on their way from the deadline to published results, newest first, with their stage. */
export async function loadContestStages(req: PayloadRequest, now: Date): Promise<ContestStageRow[]> {
  const found = await req.payload.find({
    collection: 'contests',
    where: { status: { in: ['open', 'closed', 'judging', 'resultsPublished'] } },
    depth: 0,
    limit: 100,
    sort: '-deadline',
    locale: 'vi',
    req,
    select: { title: true, slug: true, year: true, status: true, deadline: true, uploadGraceMinutes: true, rounds: true, results: true },
  })
  const rows: ContestStageRow[] = []
  for (const c of found.docs) {
    const unscreened =
      c.status === 'closed'
        ? (
            await req.payload.count({
              collection: 'entries',
              where: { and: [{ contest: { equals: c.id } }, { status: { equals: 'submitted' } }] },
              req,
            })
          ).totalDocs
        : 0
    const stage = judgingStage(c, now, unscreened)
    if (stage)
      rows.push({ id: c.id, title: c.title, year: c.year, slug: c.slug, stage: stage.stage, next: stage.next, target: stage.target })
  }
  return rows
}
