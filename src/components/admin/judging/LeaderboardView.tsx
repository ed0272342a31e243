import type { AdminViewServerProps } from 'payload'
import { isOrganizer } from '@/access/user'
import { PRIZE_LABELS, ROUND_LABELS } from '@/domain/contest/labels'
import type { Prize } from '@/domain/judging/prizes'
import { ROUNDS, roundConfig, type Round } from '@/server/judging/context'
import { leaderboard } from '@/server/judging/leaderboard'
import type { AllocatedPrize } from '@/server/judging/prizes'
import { AdminPage } from '../AdminPage'
import { ContestStages, loadContestStages } from './ContestStages'
import { JudgingActions } from './JudgingActions'
import { cell, TableHead } from '../table'

const fmt = (n: number | null, digits = 2) =>
  n == null ? '—' : n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** "Xếp hạng" (/admin/xep-hang): the SQL leaderboard per contest, round and category, with flags and the prize workflow. */
export async function LeaderboardView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!isOrganizer(req.user)) {
    return (
      <AdminPage props={props} title="Xếp hạng">
        <p>Chỉ ban tổ chức xem được bảng xếp hạng.</p>
      </AdminPage>
    )
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
  const categories = await req.payload.find({
    collection: 'contestCategories',
    where: { contest: { equals: contest.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'order',
    locale: 'vi',
    req,
  })
  const category = categories.docs.find((c) => String(c.id) === params['the-loai'])?.id ?? null
  const rows = await leaderboard(req, { contest: contest.id, round, category })
  const names = new Map(categories.docs.map((c) => [c.id, c.name]))
  const allocation = (Array.isArray(contest.results?.allocation) ? contest.results.allocation : []) as unknown as AllocatedPrize[]
  const proposed = new Map(allocation.map((a) => [a.entry, a.prize]))
  const config = roundConfig(contest as never, round)

  return (
    <AdminPage props={props} title="Xếp hạng">
      {stages}
      <form method="get" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
        <label>
          Cuộc thi{' '}
          <select name="cuoc-thi" defaultValue={contest.id}>
            {contests.docs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.year})
              </option>
            ))}
          </select>
        </label>
        <label>
          Vòng{' '}
          <select name="vong" defaultValue={round}>
            {ROUNDS.map((r) => (
              <option key={r} value={r}>
                {ROUND_LABELS[r].vi}
              </option>
            ))}
          </select>
        </label>
        <label>
          Thể loại{' '}
          <select name="the-loai" defaultValue={category ?? ''}>
            <option value="">Tất cả</option>
            {categories.docs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          Xem
        </button>
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
      <p style={{ fontSize: '.9em' }}>
        Xếp theo điểm chuẩn hóa (z) trung bình, rồi điểm trung bình, số phiếu, thời điểm nộp. ⚠ chênh lệch: điểm cao nhất và thấp nhất cách
        nhau quá 30 điểm; ⏳ thiếu phiếu: chưa đủ phiếu so với phân công.
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="leaderboard">
        <TableHead
          columns={['Thể loại', 'Hạng', 'Mã', 'Tác phẩm', 'Phiếu', 'TB', 'z TB', 'TB bỏ cao/thấp', 'Thấp–cao', 'Cảnh báo', 'Giải']}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.entry} style={{ background: r.missing || r.disagreement ? 'rgba(185,28,28,.06)' : undefined }}>
              <td style={cell}>{names.get(r.category)}</td>
              <td style={cell}>{r.rank}</td>
              <td style={cell}>{r.code}</td>
              <td style={cell}>{r.title}</td>
              <td style={cell}>
                {r.n}/{r.assigned}
              </td>
              <td style={cell}>{fmt(r.rawMean)}</td>
              <td style={cell}>{fmt(r.zMean, 3)}</td>
              <td style={cell}>{fmt(r.trimmedMean)}</td>
              <td style={cell}>{r.min == null ? '—' : `${fmt(r.min, 0)}–${fmt(r.max, 0)}`}</td>
              <td style={cell}>
                {r.disagreement ? '⚠ chênh lệch ' : ''}
                {r.missing ? '⏳ thiếu phiếu' : ''}
              </td>
              <td style={cell}>
                {r.prize
                  ? PRIZE_LABELS[r.prize as Prize].vi
                  : proposed.get(r.entry)
                    ? `${PRIZE_LABELS[proposed.get(r.entry)!].vi} (đề xuất)`
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>
  )
}
