import type { Endpoint } from 'payload'
import { isOrganizer } from '../../access/user'
import { badRequest, errorResponse } from '../../lib/api/errors'
import { readJsonBody } from '../../lib/http'
import { assignRound } from '../../server/judging/assign'
import { parseId, parseRound } from '../../server/judging/context'

/** POST /api/contests/:id/assign {round, category?, judges?: ids, k?} — see assignRound. */
export const assignJudgesEndpoint: Endpoint = {
  path: '/:id/assign',
  method: 'post',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ ban tổ chức được phân công chấm.')
    const contest = parseId(req.routeParams?.id, 'Mã cuộc thi')
    const body = await readJsonBody(req)
    const round = parseRound(body.round)
    const category = body.category == null || body.category === '' ? null : parseId(body.category, 'Mã thể loại')
    const k = body.k == null ? null : parseId(body.k, 'Số giám khảo mỗi tác phẩm')
    let judges: number[] | undefined
    if (body.judges != null) {
      if (!Array.isArray(body.judges) || !body.judges.length)
        throw badRequest('Danh sách giám khảo phải là một mảng mã người dùng, không rỗng.')
      judges = body.judges.map((j) => parseId(j, 'Mã giám khảo'))
    }
    return Response.json(await assignRound(req, { contest, round, category, k, judges }), { status: 201 })
  },
}
