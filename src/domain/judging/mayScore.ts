import { ROUND_NAME, type Round } from './rounds'

type Id = number | string

/** The part of a judge assignment the rule reads. A declared conflict of interest is the status `conflict`. */
export interface ScoringAssignment {
  judge: Id | null
  status?: string | null
}

export interface MayScoreInput {
  /**
   * the judge writing the sheet; null when the writer is not a judge (an organizer, server code): then whose assignment it
   * is does not matter
   */
  judge: Id | null
  /** the assignment the sheet belongs to; null when it does not exist; leave out when not known yet */
  assignment?: ScoringAssignment | null
  /** the round, and its settings on the contest (null: the contest has no such round); leave out when not known */
  round?: { name: Round; settings: { closed?: boolean | null } | null }
  /** the sheet as stored is already submitted (locked) */
  locked?: boolean
  /** the server's own write (an organizer's unlock, the assignment sync): a lock, a declared conflict or a closed round does not bar it */
  trusted?: boolean
}

export type ScoreRefusal = 'locked' | 'noAssignment' | 'notAssigned' | 'conflict' | 'noRound' | 'roundClosed'

export type MayScore = { ok: true } | { ok: false; reason: ScoreRefusal; status: 400 | 403 | 409; message: string }

const refuse = (reason: ScoreRefusal, status: 400 | 403 | 409, message: string): MayScore => ({ ok: false, reason, status, message })

/**
 * Who may write a score sheet, in one place: the judge the entry is assigned to (not another judge), while that
 * assignment is not a declared conflict of interest, the round exists on the contest and is still open, and the
 * sheet has not been submitted. The first rule broken is the answer. Used by the scores access rule (which knows
 * the writer and the assignment) and by the scores hook, which asks at each step with what it has read so far, so
 * a submitted sheet is refused before anything is read.
 */
export function mayScore(input: MayScoreInput): MayScore {
  const { judge, assignment, round, locked = false, trusted = false } = input
  if (locked && !trusted) return refuse('locked', 409, 'Phiếu chấm đã nộp và đã khóa, không thể sửa. Liên hệ ban tổ chức nếu cần mở khóa.')
  if (assignment === null) return refuse('noAssignment', 400, 'Không tìm thấy phân công chấm của phiếu này.')
  if (assignment) {
    if (judge != null && String(assignment.judge) !== String(judge))
      return refuse('notAssigned', 403, 'Bạn chỉ chấm được tác phẩm được phân công cho mình.')
    if (assignment.status === 'conflict' && !trusted)
      return refuse('conflict', 400, 'Bạn đã khai báo xung đột lợi ích với tác phẩm này nên không chấm nữa.')
  }
  if (round) {
    if (!round.settings) return refuse('noRound', 400, `Cuộc thi chưa cấu hình vòng ${ROUND_NAME[round.name]}.`)
    if (round.settings.closed && !trusted)
      return refuse('roundClosed', 400, `Vòng ${ROUND_NAME[round.name]} đã kết thúc, không nhận phiếu chấm nữa.`)
  }
  return { ok: true }
}
