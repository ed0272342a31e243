import type { Endpoint } from 'payload'
import { isOrganizer } from '../../access/user'
import { errorResponse } from '../../lib/api/errors'
import { readJsonBody } from '../../lib/http'
import { closeRound } from '../../server/judging/closeRound'
import { parseId, parseRound } from '../../server/judging/context'

/** POST /api/contests/:id/close-round {round, shortlist?: N, force?: boolean} — see closeRound. */
export const closeRoundEndpoint: Endpoint = {
  path: '/:id/close-round',
  method: 'post',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ ban tổ chức được kết thúc vòng chấm.')
    const contest = parseId(req.routeParams?.id, 'Mã cuộc thi')
    const body = await readJsonBody(req)
    return Response.json(
      await closeRound(req, { contest, round: parseRound(body.round), shortlist: body.shortlist, force: body.force === true }),
    )
  },
}
