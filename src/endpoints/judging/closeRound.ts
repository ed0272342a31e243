import type { Endpoint } from 'payload'
import { hasRole } from '../../access/user'
import { shortlist } from '../../domain/judging/shortlist'
import { writeAudit } from '../../lib/audit'
import { readJsonBody } from '../../lib/http'
import { badRequest, errorResponse, loadContest, parseRound, roundConfig, ROUND_NAME } from './context'
import { leaderboard } from './leaderboardQuery'
import { inTransaction } from './transaction'

/**
 * POST /api/contests/:id/close-round {round, shortlist?: N, force?: boolean} — closes a round (no more sheets) and,
 * for the preliminary round, marks the top N entries of each category `shortlisted` for the final. Refuses while
 * sheets are still outstanding unless `force`. One transaction, audited.
 */
export const closeRoundEndpoint: Endpoint = {
  path: '/:id/close-round',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer')) return errorResponse(403, 'Chỉ ban tổ chức được kết thúc vòng chấm.')
    const contest = await loadContest(req, req.routeParams?.id)
    const body = await readJsonBody(req)
    const round = parseRound(body.round)
    const config = roundConfig(contest, round)
    if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
    if (config.closed) throw badRequest(`Vòng ${ROUND_NAME[round]} đã kết thúc trước đó.`)
    const size = body.shortlist == null ? (config.shortlistSize ?? null) : Number(body.shortlist)
    if (round === 'preliminary' && (size == null || !Number.isInteger(size) || size < 1 || size > 1000))
      throw badRequest('Cần cho biết số tác phẩm vào chung khảo của mỗi thể loại (shortlist, số nguyên dương).')

    const rows = await leaderboard(req, { contest: contest.id, round })
    const outstanding = rows.reduce((s, r) => s + Math.max(0, r.assigned - r.n), 0)
    if (outstanding && body.force !== true)
      throw badRequest(`Còn ${outstanding} phiếu chấm chưa nộp trong vòng ${ROUND_NAME[round]}. Gửi force: true để vẫn kết thúc vòng.`)
    const picked = round === 'preliminary' ? shortlist(rows, size ?? 0).map(Number) : []

    await inTransaction(req, 'Không thể kết thúc vòng chấm', async () => {
      const rounds = (contest.rounds ?? []).map((r) => (r.round === round ? { ...r, closed: true, closedAt: new Date().toISOString(), shortlistSize: size } : r))
      await req.payload.update({ collection: 'contests', id: contest.id, data: { rounds }, overrideAccess: true, depth: 0, req, locale: 'vi' })
      for (const id of picked) await req.payload.update({ collection: 'entries', id, data: { status: 'shortlisted' }, overrideAccess: true, depth: 0, req })
      await writeAudit(req, {
        action: 'judging.roundClosed',
        collection: 'contests',
        docId: contest.id,
        before: { round, closed: false },
        after: { round, closed: true, shortlisted: picked, outstanding },
        reason: outstanding ? `Kết thúc khi còn ${outstanding} phiếu chưa nộp` : undefined,
      })
    })
    return Response.json({ round, closed: true, shortlisted: picked, message: `Đã kết thúc vòng ${ROUND_NAME[round]}${picked.length ? `; ${picked.length} tác phẩm vào chung khảo` : ''}.` })
  },
}
