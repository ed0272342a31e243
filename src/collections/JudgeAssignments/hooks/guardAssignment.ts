import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole, refId } from '@/access/user'
import { CONFLICT_LABELS, conflictOf } from '@/domain/judging/assignment'
import { badRequest, forbidden } from '@/lib/api/errors'
import { declaredConflicts, entriesForAssignment, judgesForAssignment } from '@/server/judging/conflictData'
import { trusted } from '@/lib/api/trustedWrite'

const FIXED = ['entry', 'judge', 'round'] as const

/**
 * A judge may change one thing on their assignment: declare a conflict of interest, with a reason.
 * Organizers may not assign a judge who is the author or a co-author, works for the entry's outlet, declared a
 * conflict with it, or already has it in that round.
 */
export const guardAssignment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (trusted(req)) return data
  const merged = { ...originalDoc, ...data }
  if (req.user && hasRole(req.user, 'judge')) {
    if (operation !== 'update' || !originalDoc) throw forbidden('Giám khảo không tự tạo phân công chấm.')
    for (const f of FIXED)
      if (f in data && String(refId(data[f])) !== String(refId(originalDoc[f])))
        throw forbidden('Giám khảo chỉ được khai báo xung đột lợi ích trên phân công của mình.')
    if (data.status !== undefined && data.status !== originalDoc.status && data.status !== 'conflict')
      throw forbidden('Giám khảo chỉ được khai báo xung đột lợi ích; trạng thái chấm do hệ thống cập nhật.')
    if (merged.status === 'conflict' && originalDoc.status !== 'conflict') {
      const reason = typeof merged.conflictReason === 'string' ? merged.conflictReason.trim() : ''
      if (reason.length < 5) throw badRequest('Cần ghi rõ lý do xung đột lợi ích (ít nhất 5 ký tự).')
      if (originalDoc.status === 'submitted') throw badRequest('Bạn đã nộp phiếu chấm cho tác phẩm này; liên hệ ban tổ chức.')
      data.conflictReason = reason
    }
    return data
  }
  if (merged.status === 'conflict') return data
  const entryId = Number(refId(merged.entry))
  const judgeId = Number(refId(merged.judge))
  const [entry] = await entriesForAssignment(req, [entryId])
  const [judge] = await judgesForAssignment(req, [judgeId])
  if (!entry) throw badRequest('Không tìm thấy tác phẩm được phân công.')
  if (!judge || judge.role !== 'judge') throw badRequest('Người được phân công phải có vai trò giám khảo.')
  const others = await req.payload.find({
    collection: 'judgeAssignments',
    where: {
      entry: { equals: entryId },
      judge: { equals: judgeId },
      round: { equals: merged.round },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
  })
  // a conflict the judge declared in any round (this entry) or an earlier contest (this author, same medium)
  const conflict = conflictOf(entry, judge, await declaredConflicts(req, [judgeId], originalDoc?.id))
  if (conflict) throw badRequest(`Không thể phân công: ${CONFLICT_LABELS[conflict]}.`)
  if (others.docs.length) throw badRequest('Giám khảo này đã được phân công chấm tác phẩm này trong vòng này.')
  return data
}
