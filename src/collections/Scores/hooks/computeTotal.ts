import { type CollectionBeforeChangeHook } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { hasRole, refId } from '@/access/user'
import { rubricErrors, scoreErrors, weightedTotal } from '@/domain/judging/weightedTotal'
import { badRequest, forbidden, JUDGING_INTERNAL, loadContest, parseRound, roundConfig, rubricOf, ROUND_NAME } from '@/endpoints/judging/context'

/**
 * The server decides everything on a score sheet but the marks: entry, judge and round come from the assignment,
 * the total from the contest's rubric for that round. A submitted (locked) sheet never changes, except through
 * the organisers' unlock endpoint.
 */
export const computeTotal: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const internal = context?.[JUDGING_INTERNAL] === true
  if (originalDoc?.locked && !internal)
    throw new Refusal('Phiếu chấm đã nộp và đã khóa, không thể sửa. Liên hệ ban tổ chức nếu cần mở khóa.', 409)

  const assignmentId = refId(data.assignment ?? originalDoc?.assignment)
  if (assignmentId == null) throw badRequest('Phiếu chấm phải gắn với một phân công chấm.')
  if (operation === 'update' && originalDoc && String(refId(originalDoc.assignment)) !== String(assignmentId))
    throw badRequest('Không thể chuyển phiếu chấm sang phân công khác.')
  const assignment = await req.payload.findByID({ collection: 'judgeAssignments', id: assignmentId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!assignment) throw badRequest('Không tìm thấy phân công chấm của phiếu này.')
  if (req.user && hasRole(req.user, 'judge') && String(refId(assignment.judge)) !== String(req.user.id))
    throw forbidden('Bạn chỉ chấm được tác phẩm được phân công cho mình.')
  if (assignment.status === 'conflict' && !internal) throw badRequest('Bạn đã khai báo xung đột lợi ích với tác phẩm này nên không chấm nữa.')

  const round = parseRound(assignment.round)
  data.entry = refId(assignment.entry)
  data.judge = refId(assignment.judge)
  data.round = round

  const entry = await req.payload.findByID({ collection: 'entries', id: refId(assignment.entry)!, depth: 0, overrideAccess: true, disableErrors: true, req, select: { contest: true } })
  if (!entry) throw badRequest('Không tìm thấy tác phẩm của phiếu chấm.')
  const contest = await loadContest(req, refId(entry.contest))
  const config = roundConfig(contest, round)
  if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
  if (config.closed && !internal) throw badRequest(`Vòng ${ROUND_NAME[round]} đã kết thúc, không nhận phiếu chấm nữa.`)

  const rubric = rubricOf(contest, round)
  const criteria = ((data.criteria ?? originalDoc?.criteria ?? []) as { key: string; score: unknown; comment?: string | null }[]).map((c) => ({
    ...c,
    score: c.score == null || c.score === '' ? null : Number(c.score),
  }))
  data.criteria = criteria
  const locking = (data.locked ?? originalDoc?.locked) === true
  const errors = locking ? [...rubricErrors(rubric), ...scoreErrors(rubric, criteria)] : scoreErrors(rubric, criteria, true)
  if (errors.length) throw badRequest(errors.join(' '))
  const result = weightedTotal(rubric, criteria)
  data.total = result.ok ? result.total : null
  data.locked = locking
  if (locking && !originalDoc?.locked) data.submittedAt = new Date().toISOString()
  if (!locking) data.submittedAt = null
  return data
}
