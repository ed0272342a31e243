import type { Endpoint, PayloadRequest } from 'payload'
import { isOrganizer } from '../../access/user'
import { badRequest, errorResponse } from '../../lib/api/errors'
import { readJsonBody } from '../../lib/http'
import { parseId, parseRound } from '../../server/judging/context'
import { approvePrizes, proposePrizes, publishResults } from '../../server/judging/prizes'

const organizerOnly = (req: PayloadRequest) =>
  isOrganizer(req.user) ? null : errorResponse(403, 'Chỉ ban tổ chức được xét, duyệt và công bố giải.')

const contestId = (req: PayloadRequest) => parseId(req.routeParams?.id, 'Mã cuộc thi')

/** POST /api/contests/:id/prizes {round?, force?: entryIds} — see proposePrizes. */
export const allocatePrizesEndpoint: Endpoint = {
  path: '/:id/prizes',
  method: 'post',
  handler: async (req) => {
    const denied = organizerOnly(req)
    if (denied) return denied
    const contest = contestId(req)
    const body = await readJsonBody(req)
    const round = body.round == null ? null : parseRound(body.round)
    const force = body.force == null ? [] : Array.isArray(body.force) ? body.force.map((id) => parseId(id, 'Mã tác phẩm')) : null
    if (!force) throw badRequest('force phải là danh sách mã tác phẩm.')
    return Response.json(await proposePrizes(req, { contest, round, force }))
  },
}

/** POST /api/contests/:id/prizes/approve — see approvePrizes. */
export const approvePrizesEndpoint: Endpoint = {
  path: '/:id/prizes/approve',
  method: 'post',
  handler: async (req) => {
    const denied = organizerOnly(req)
    if (denied) return denied
    return Response.json(await approvePrizes(req, { contest: contestId(req) }))
  },
}

/** POST /api/contests/:id/publish — see publishResults. */
export const publishResultsEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const denied = organizerOnly(req)
    if (denied) return denied
    return Response.json(await publishResults(req, { contest: contestId(req) }))
  },
}
