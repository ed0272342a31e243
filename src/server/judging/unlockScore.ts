import type { PayloadRequest } from 'payload'
import { badRequest, notFound } from '../../lib/api/errors'
import { asTrusted } from '../../lib/api/trustedWrite'
import { writeAudit } from '../../lib/audit'
import { inTransaction } from '../transaction'

/** An organizer reopens a submitted sheet so its judge can correct it; needs a reason, audited. */
export async function unlockScore(req: PayloadRequest, input: { id: number; reason: string }) {
  const { id } = input
  const reason = input.reason.trim()
  if (reason.length < 5) throw badRequest('Cần ghi lý do mở khóa phiếu chấm (ít nhất 5 ký tự).')
  const before = await req.payload.findByID({ collection: 'scores', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!before) throw notFound('Không tìm thấy phiếu chấm.')
  if (!before.locked) throw badRequest('Phiếu chấm này chưa nộp nên không cần mở khóa.')
  const after = await inTransaction(req, 'Không thể mở khóa phiếu chấm', async () => {
    const doc = await req.payload.update({
      collection: 'scores',
      id,
      data: { locked: false },
      overrideAccess: true,
      depth: 0,
      req,
      context: asTrusted(),
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
  return { id: after.id, locked: after.locked, message: 'Đã mở khóa phiếu chấm; giám khảo có thể sửa và nộp lại.' }
}
