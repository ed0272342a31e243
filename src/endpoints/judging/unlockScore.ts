import type { Endpoint } from 'payload'
import { hasRole } from '../../access/user'
import { writeAudit } from '../../lib/audit'
import { readJsonBody } from '../../lib/http'
import { badRequest, errorResponse, JUDGING_INTERNAL, parseId } from './context'
import { inTransaction } from './transaction'

/** POST /api/scores/:id/unlock {reason} — an organiser reopens a submitted sheet so its judge can correct it; audited. */
export const unlockScore: Endpoint = {
  path: '/:id/unlock',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer')) return errorResponse(403, 'Chỉ ban tổ chức được mở khóa phiếu chấm.')
    const id = parseId(req.routeParams?.id, 'Mã phiếu chấm')
    const body = await readJsonBody(req)
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (reason.length < 5) throw badRequest('Cần ghi lý do mở khóa phiếu chấm (ít nhất 5 ký tự).')
    const before = await req.payload.findByID({ collection: 'scores', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!before) return errorResponse(404, 'Không tìm thấy phiếu chấm.')
    if (!before.locked) throw badRequest('Phiếu chấm này chưa nộp nên không cần mở khóa.')
    const after = await inTransaction(req, 'Không thể mở khóa phiếu chấm', async () => {
      const doc = await req.payload.update({
        collection: 'scores',
        id,
        data: { locked: false },
        overrideAccess: true,
        depth: 0,
        req,
        context: { [JUDGING_INTERNAL]: true },
      })
      await writeAudit(req, {
        action: 'score.unlocked',
        collection: 'scores',
        docId: id,
        before: { locked: true, total: before.total, submittedAt: before.submittedAt },
        after: { locked: false },
        reason,
      })
      return doc
    })
    return Response.json({ id: after.id, locked: after.locked, message: 'Đã mở khóa phiếu chấm; giám khảo có thể sửa và nộp lại.' })
  },
}
