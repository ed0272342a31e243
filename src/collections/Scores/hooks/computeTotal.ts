import { type CollectionBeforeChangeHook } from 'payload'
import { hasRole, refId } from '@/access/user'
import { mayScore } from '@/domain/judging/mayScore'
import { rubricErrors, scoreErrors, weightedTotal } from '@/domain/judging/weightedTotal'
import { badRequest, Refusal } from '@/lib/api/errors'
import { trusted } from '@/lib/api/trustedWrite'
import { loadContest, parseRound, roundConfig, rubricOf } from '@/server/judging/context'

/**
 * The server decides everything on a score sheet but the marks: entry, judge and round come from the assignment,
 * the total from the contest's rubric for that round. Who may write the sheet is src/domain/judging/mayScore.ts:
 * a submitted (locked) sheet never changes, except through the organizers' unlock endpoint (a trusted write).
 */
export const computeTotal: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const internal = trusted(req)
  const locked = originalDoc?.locked === true
  const judge = req.user && hasRole(req.user, 'judge') ? req.user.id : null
  const check = (input: Omit<Parameters<typeof mayScore>[0], 'judge' | 'locked' | 'trusted'>) => {
    const verdict = mayScore({ ...input, judge, locked, trusted: internal })
    if (!verdict.ok) throw new Refusal(verdict.message, verdict.status)
  }
  check({})

  const assignmentId = refId(data.assignment ?? originalDoc?.assignment)
  if (assignmentId == null) throw badRequest('Phiếu chấm phải gắn với một phân công chấm.')
  if (operation === 'update' && originalDoc && String(refId(originalDoc.assignment)) !== String(assignmentId))
    throw badRequest('Không thể chuyển phiếu chấm sang phân công khác.')
  const assignment = await req.payload.findByID({
    collection: 'judgeAssignments',
    id: assignmentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  check({ assignment: assignment && { judge: refId(assignment.judge), status: assignment.status } })

  const round = parseRound(assignment!.round)
  data.entry = refId(assignment!.entry)
  data.judge = refId(assignment!.judge)
  data.round = round

  const entry = await req.payload.findByID({
    collection: 'entries',
    id: refId(assignment!.entry)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { contest: true },
  })
  if (!entry) throw badRequest('Không tìm thấy tác phẩm của phiếu chấm.')
  const contest = await loadContest(req, refId(entry.contest))
  check({
    assignment: { judge: refId(assignment!.judge), status: assignment!.status },
    round: { name: round, settings: roundConfig(contest, round) },
  })

  const rubric = rubricOf(contest, round)
  const criteria = ((data.criteria ?? originalDoc?.criteria ?? []) as { key: string; score: unknown; comment?: string | null }[]).map(
    (c) => ({
      ...c,
      score: c.score == null || c.score === '' ? null : Number(c.score),
    }),
  )
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
