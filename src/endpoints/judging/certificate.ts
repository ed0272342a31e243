import type { Endpoint } from 'payload'
import { asUser, isOrganizer } from '../../access/user'
import { writeAudit } from '../../lib/audit'
import { certificatePdf } from '../../lib/pdf/certificate'
import { certificateData } from '../../server/contest/certificate'
import { errorResponse } from '../../lib/api/errors'
import { parseId } from '../../server/judging/context'

/** GET /api/entries/:id/certificate — the PDF certificate of an awarded entry, for its author or an organizer. Audited. */
export const entryCertificate: Endpoint = {
  path: '/:id/certificate',
  method: 'get',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) return errorResponse(401, 'Bạn cần đăng nhập để tải giấy chứng nhận.')
    const id = parseId(req.routeParams?.id, 'Mã tác phẩm')
    const found = await certificateData(req, id)
    const organizer = isOrganizer(user)
    // the same 404 for "not yours" and "does not exist", so ids cannot be probed
    if (!found || (!organizer && String(found.authorId) !== String(user.id))) return errorResponse(404, 'Không tìm thấy tác phẩm.')
    if (!found.awarded) return errorResponse(400, 'Tác phẩm chưa đạt giải hoặc kết quả chưa công bố, chưa có giấy chứng nhận.')
    const pdf = await certificatePdf(found.data)
    await writeAudit(req, {
      action: 'judging.certificateIssued',
      collection: 'entries',
      docId: id,
      after: { prize: found.data.prize, code: found.data.verificationCode },
    })
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="giay-chung-nhan-${id}.pdf"` },
    })
  },
}
