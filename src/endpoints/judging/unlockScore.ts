import type { Endpoint } from 'payload'
import { isOrganizer } from '../../access/user'
import { errorResponse } from '../../lib/api/errors'
import { readJsonBody } from '../../lib/http'
import { parseId } from '../../server/judging/context'
import { unlockScore as unlock } from '../../server/judging/unlockScore'

/** POST /api/scores/:id/unlock {reason} — see unlockScore. */
export const unlockScore: Endpoint = {
  path: '/:id/unlock',
  method: 'post',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ ban tổ chức được mở khóa phiếu chấm.')
    const id = parseId(req.routeParams?.id, 'Mã phiếu chấm')
    const body = await readJsonBody(req)
    return Response.json(await unlock(req, { id, reason: typeof body.reason === 'string' ? body.reason : '' }))
  },
}
