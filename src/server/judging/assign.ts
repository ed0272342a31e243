import type { PayloadRequest, Where } from 'payload'
import { refId } from '../../access/user'
import { assignJudges } from '../../domain/judging/assignment'
import { badRequest } from '../../lib/api/errors'
import { writeAudit } from '../../lib/audit'
import { inTransaction } from '../transaction'
import { declaredConflicts, entriesForAssignment, judgesForAssignment } from './conflictData'
import { loadContest, roundConfig, ROUND_NAME, type Round } from './context'

export interface AssignInput {
  contest: number
  round: Round
  category: number | null
  /** judges per entry; the contest's judgesPerEntry when absent */
  k?: number | null
  /** the judges to assign from; every user with the judge role when absent */
  judges?: number[]
}

/**
 * Gives every entry of the round k judges with balanced load, never a conflicted judge; tops up after a declared
 * conflict. Preliminary: eligible entries; final: shortlisted entries. One transaction, audited.
 */
export async function assignRound(req: PayloadRequest, input: AssignInput) {
  const contest = await loadContest(req, input.contest)
  const { round, category } = input
  const config = roundConfig(contest, round)
  if (!config) throw badRequest(`Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round]}.`)
  if (config.closed) throw badRequest(`Vòng ${ROUND_NAME[round]} đã kết thúc, không phân công thêm.`)
  const k = input.k ?? Number(contest.judgesPerEntry ?? 3)
  const judgeIds = input.judges
  const judges = await judgesForAssignment(req, judgeIds)
  const notJudges = judges.filter((j) => j.role !== 'judge')
  if (notJudges.length) throw badRequest(`Người dùng ${notJudges.map((j) => j.id).join(', ')} không có vai trò giám khảo.`)
  if (judgeIds && judges.length !== new Set(judgeIds).size) throw badRequest('Có mã giám khảo không tồn tại.')
  if (!judges.length) throw badRequest('Chưa có giám khảo nào để phân công.')

  const where: Where = {
    and: [
      { contest: { equals: contest.id } },
      { status: { equals: round === 'final' ? 'shortlisted' : 'eligible' } },
      ...(category ? [{ category: { equals: category } }] : []),
    ],
  }
  const found = await req.payload.find({
    collection: 'entries',
    where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  const entryIds = found.docs.map((e) => e.id)
  if (!entryIds.length)
    throw badRequest(round === 'final' ? 'Chưa có tác phẩm nào vào chung khảo.' : 'Chưa có tác phẩm hợp lệ nào để phân công.')
  const entries = await entriesForAssignment(req, entryIds)
  const current = await req.payload.find({
    collection: 'judgeAssignments',
    where: { round: { equals: round }, 'entry.contest': { equals: contest.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { entry: true, judge: true, status: true },
  })
  const pairs = current.docs.map((a) => ({ entry: Number(refId(a.entry)), judge: Number(refId(a.judge)), status: a.status }))
  // load counts the judge's whole round in this contest (all categories), so assigning category by category stays balanced
  const plan = assignJudges({
    entries,
    judges,
    k,
    existing: pairs.filter((p) => p.status !== 'conflict'),
    // declared in any round or contest: the entry in every later round, its author in later contests of the same medium
    conflicts: await declaredConflicts(
      req,
      judges.map((j) => j.id),
    ),
  })

  const created = await inTransaction(req, 'Không thể phân công chấm', async () => {
    const ids: number[] = []
    for (const a of plan.assignments) {
      const doc = await req.payload.create({
        collection: 'judgeAssignments',
        data: { entry: Number(a.entry), judge: Number(a.judge), round, status: 'assigned' },
        overrideAccess: true,
        depth: 0,
        req,
      })
      ids.push(doc.id)
    }
    await writeAudit(req, {
      action: 'judging.assigned',
      collection: 'contests',
      docId: contest.id,
      after: { round, category, k, created: plan.assignments.length, unassignable: plan.unassignable },
    })
    return ids
  })
  return {
    round,
    created: plan.assignments.map((a, i) => ({ id: created[i], entry: a.entry, judge: a.judge })),
    load: plan.load,
    unassignable: plan.unassignable,
    message: plan.unassignable.length
      ? `Đã phân công ${plan.assignments.length} lượt chấm; ${plan.unassignable.length} tác phẩm chưa đủ ${k} giám khảo (thiếu giám ` +
        `khảo không xung đột lợi ích).`
      : `Đã phân công ${plan.assignments.length} lượt chấm.`,
  }
}
