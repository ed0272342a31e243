import type { Endpoint } from 'payload'
import { isOrganizer } from '../../access/user'
import { errorResponse } from '../../lib/api/errors'
import { scoresWorkbook, XLSX } from '../../server/judging/scoresXlsx'

/** GET /api/contests/:id/scores.xlsx — the contest's score sheets and rankings (see scoresWorkbook). Organizers only. */
export const scoresXlsxEndpoint: Endpoint = {
  path: '/:id/scores.xlsx',
  method: 'get',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ ban tổ chức được tải bảng điểm.')
    const { buffer, filename } = await scoresWorkbook(req, { contest: req.routeParams?.id })
    return new Response(buffer, { headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${filename}"` } })
  },
}
