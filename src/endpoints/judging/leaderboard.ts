import type { Endpoint } from 'payload'
import { isOrganizer } from '../../access/user'
import { errorResponse } from '../../lib/api/errors'
import { loadContest, parseId, parseRound } from '../../server/judging/context'
import { leaderboard } from '../../server/judging/leaderboard'

/** GET /api/contests/:id/leaderboard?round=preliminary&category=12 — the ranking, computed by one SQL query. */
export const leaderboardEndpoint: Endpoint = {
  path: '/:id/leaderboard',
  method: 'get',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ ban tổ chức được xem bảng xếp hạng.')
    const contest = await loadContest(req, req.routeParams?.id)
    const params = new URL(req.url ?? 'http://x').searchParams
    const round = parseRound(params.get('round') ?? 'preliminary')
    const category = params.get('category') ? parseId(params.get('category'), 'Mã thể loại') : null
    const rows = await leaderboard(req, { contest: contest.id, round, category })
    return Response.json({ contest: contest.id, round, category, rows })
  },
}
