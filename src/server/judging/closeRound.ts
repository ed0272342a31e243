import type { PayloadRequest } from 'payload'
import { shortlist } from '../../domain/judging/shortlist'
import { badRequest } from '../../lib/api/errors'
import { writeAudit } from '../../lib/audit'
import { inTransaction } from '../transaction'
import { loadContest, roundConfig, ROUND_NAME, type Round } from './context'
import { leaderboard } from './leaderboard'

export interface CloseRoundInput {
  contest: number
  round: Round
  /** entries per category that go on to the final (preliminary round); the round's shortlistSize when absent */
  shortlist?: unknown
  /** close even while sheets are outstanding */
  force?: boolean
}

/**
 * Closes a round (no more sheets) and, for the preliminary round, marks the top N entries of each category
 * `shortlisted` for the final. Refuses while sheets are still outstanding unless `force`. One transaction, audited.
 */
export async function closeRound(req: PayloadRequest, input: CloseRoundInput) {
  const contest = await loadContest(req, input.contest)
  const { round } = input
  const config = roundConfig(contest, round)
  if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
  if (config.closed) throw badRequest(`Vòng ${ROUND_NAME[round]} đã kết thúc trước đó.`)
  const size = input.shortlist == null ? (config.shortlistSize ?? null) : Number(input.shortlist)
  if (round === 'preliminary' && (size == null || !Number.isInteger(size) || size < 1 || size > 1000))
    throw badRequest('Cần cho biết số tác phẩm vào chung khảo của mỗi thể loại (shortlist, số nguyên dương).')

  const rows = await leaderboard(req, { contest: contest.id, round })
  const outstanding = rows.reduce((s, r) => s + Math.max(0, r.assigned - r.n), 0)
  if (outstanding && input.force !== true)
    throw badRequest(`Còn ${outstanding} phiếu chấm chưa nộp trong vòng ${ROUND_NAME[round]}. Gửi force: true để vẫn kết thúc vòng.`)
  const picked = round === 'preliminary' ? shortlist(rows, size ?? 0).map(Number) : []

  await inTransaction(req, 'Không thể kết thúc vòng chấm', async () => {
    const rounds = (contest.rounds ?? []).map((r) =>
      r.round === round ? { ...r, closed: true, closedAt: new Date().toISOString(), shortlistSize: size } : r,
    )
    await req.payload.update({
      collection: 'contests',
      id: contest.id,
      data: { rounds },
      overrideAccess: true,
      depth: 0,
      req,
      locale: 'vi',
    })
    for (const id of picked)
      await req.payload.update({ collection: 'entries', id, data: { status: 'shortlisted' }, overrideAccess: true, depth: 0, req })
    await writeAudit(req, {
      action: 'judging.roundClosed',
      collection: 'contests',
      docId: contest.id,
      before: { round, closed: false },
      after: { round, closed: true, shortlisted: picked, outstanding },
      reason: outstanding ? `Kết thúc khi còn ${outstanding} phiếu chưa nộp` : undefined,
    })
  })
  return {
    round,
    closed: true,
    shortlisted: picked,
    message: `Đã kết thúc vòng ${ROUND_NAME[round]}${picked.length ? `; ${picked.length} tác phẩm vào chung khảo` : ''}.`,
  }
}
