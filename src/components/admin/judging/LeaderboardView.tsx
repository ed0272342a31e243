import { Button, Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isOrganizer } from '@/access/user'
import { PRIZE_LABELS, ROUND_LABELS } from '@/domain/contest/labels'
import type { Prize } from '@/domain/judging/prizes'
import { contestCategoriesOf } from '@/server/judging/contestCategories'
import { ROUNDS, roundConfig, type Round } from '@/server/judging/context'
import { leaderboard } from '@/server/judging/leaderboard'
import type { AllocatedPrize } from '@/server/judging/prizes'
import { AdminPage } from '../AdminPage'
import { NoAccessPage } from '../NoAccessPage'
import { ContestStages, loadContestStages } from './ContestStages'
import { DataTable, rowClass } from '../ui/DataTable'
import { SelectField } from '../ui/fields'
import { JudgingActions } from './JudgingActions'

const fmt = (n: number | null, digits = 2) =>
  n == null ? '—' : n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** "Xếp hạng" (/admin/xep-hang): the SQL leaderboard per contest, round and category, with flags and the prize workflow. */
export async function LeaderboardView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!isOrganizer(req.user)) {
    return <NoAccessPage props={props} title="Xếp hạng" message="Chỉ ban tổ chức xem được bảng xếp hạng." />
  }
  const params = (props.searchParams ?? {}) as Record<string, string>
  const contests = await req.payload.find({
    collection: 'contests',
    where: { status: { in: ['closed', 'judging', 'resultsPublished'] } },
    depth: 0,
    limit: 100,
    sort: '-year',
    locale: 'vi',
    req,
    select: { title: true, year: true, status: true, rounds: true, results: true },
  })
  const contest = contests.docs.find((c) => String(c.id) === params['cuoc-thi']) ?? contests.docs[0]
  // where each contest stands and what to do next, so a contest past its deadline is never a silent blank page
  const stages = <ContestStages rows={await loadContestStages(req, new Date())} />
  if (!contest) {
    return (
      <AdminPage props={props} title="Xếp hạng">
        <p>Chưa có cuộc thi nào ở giai đoạn thẩm định, chấm hoặc công bố kết quả.</p>
        {stages}
      </AdminPage>
    )
  }
  const round: Round = ROUNDS.includes(params.vong as Round) ? (params.vong as Round) : 'preliminary'
  const categories = await contestCategoriesOf(req, contest.id)
  const category = categories.docs.find((c) => String(c.id) === params['the-loai'])?.id ?? null
  const rows = await leaderboard(req, { contest: contest.id, round, category })
  const names = new Map(categories.docs.map((c) => [c.id, c.name]))
  const allocation = (Array.isArray(contest.results?.allocation) ? contest.results.allocation : []) as unknown as AllocatedPrize[]
  const proposed = new Map(allocation.map((a) => [a.entry, a.prize]))
  const config = roundConfig(contest as never, round)

  return (
    <AdminPage props={props} title="Xếp hạng">
      {stages}
      <form method="get" className="gs-toolbar" aria-label="Chọn bảng xếp hạng">
        <SelectField
          id="leaderboard-contest"
          name="cuoc-thi"
          label="Cuộc thi"
          options={contests.docs.map((c) => ({ value: c.id, label: `${c.title} (${c.year})` }))}
          defaultValue={contest.id}
        />
        <SelectField
          id="leaderboard-round"
          name="vong"
          label="Vòng"
          options={ROUNDS.map((r) => ({ value: r, label: ROUND_LABELS[r].vi }))}
          defaultValue={round}
        />
        <SelectField
          id="leaderboard-category"
          name="the-loai"
          label="Thể loại"
          empty="Tất cả"
          options={categories.docs.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={category ?? ''}
        />
        <Button type="submit" size="small" margin={false}>
          Xem
        </Button>
      </form>
      <p>
        {config ? (config.closed ? 'Vòng đã kết thúc.' : 'Vòng đang chấm.') : 'Cuộc thi chưa cấu hình vòng này.'}{' '}
        {contest.results?.approved ? 'Đề xuất giải đã được phê duyệt.' : allocation.length ? 'Đã có đề xuất giải, chờ phê duyệt.' : ''}
        {contest.status === 'resultsPublished' ? ' Kết quả đã công bố.' : ''}
      </p>
      <JudgingActions
        contestId={contest.id}
        round={round}
        category={category}
        closed={!!config?.closed}
        allocated={allocation.length > 0}
        approved={!!contest.results?.approved}
        published={contest.status === 'resultsPublished'}
      />
      <div className="gs-muted">
        Xếp theo điểm chuẩn hóa (z) trung bình, rồi điểm trung bình, số phiếu, thời điểm nộp.{' '}
        <Pill pillStyle="warning" size="small">
          chênh lệch
        </Pill>
        : điểm cao nhất và thấp nhất cách nhau quá 30 điểm;{' '}
        <Pill pillStyle="error" size="small">
          thiếu phiếu
        </Pill>
        : chưa đủ phiếu so với phân công.
      </div>
      <DataTable
        columns={['Thể loại', 'Hạng', 'Mã', 'Tác phẩm', 'Phiếu', 'TB', 'z TB', 'TB bỏ cao/thấp', 'Thấp–cao', 'Cảnh báo', 'Giải']}
        testId="leaderboard"
      >
        {rows.map((r) => (
          <tr key={r.entry} className={rowClass({ attention: r.missing || r.disagreement })}>
            <td>{names.get(r.category)}</td>
            <td>{r.rank}</td>
            <td>{r.code}</td>
            <td>{r.title}</td>
            <td>
              {r.n}/{r.assigned}
            </td>
            <td>{fmt(r.rawMean)}</td>
            <td>{fmt(r.zMean, 3)}</td>
            <td>{fmt(r.trimmedMean)}</td>
            <td>{r.min == null ? '—' : `${fmt(r.min, 0)}–${fmt(r.max, 0)}`}</td>
            <td>
              {r.disagreement ? (
                <Pill pillStyle="warning" size="small">
                  chênh lệch
                </Pill>
              ) : null}{' '}
              {r.missing ? (
                <Pill pillStyle="error" size="small">
                  thiếu phiếu
                </Pill>
              ) : null}
            </td>
            <td>
              {r.prize
                ? PRIZE_LABELS[r.prize as Prize].vi
                : proposed.get(r.entry)
                  ? `${PRIZE_LABELS[proposed.get(r.entry)!].vi} (đề xuất)`
                  : ''}
            </td>
          </tr>
        ))}
      </DataTable>
    </AdminPage>
  )
}
