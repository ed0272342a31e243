import { bilingualLabels } from '@/domain/bilingual'
import { isOrganizerRole, type Role } from '../roles'

export const COMMENDATION_STATUSES = ['proposed', 'appraising', 'approved', 'returned'] as const
export type CommendationStatus = (typeof COMMENDATION_STATUSES)[number]

export const COMMENDATION_STATUS_LABELS = bilingualLabels<CommendationStatus>({
  proposed: ['Đề nghị', 'Proposed'],
  appraising: ['Đang thẩm định', 'Being appraised'],
  approved: ['Đã duyệt', 'Approved'],
  returned: ['Trả lại', 'Returned'],
})

export interface AppraisalRequest {
  /** null when the commendation is being created */
  from: CommendationStatus | null
  to: CommendationStatus
  role: Role | null | undefined
  /** the return note, required when returning a proposal */
  note?: string | null
  decisionNumber?: string | null
  decisionDate?: string | null
}

export type AppraisalResult = { ok: true } | { ok: false; message: string }

const fail = (message: string): AppraisalResult => ({ ok: false, message })
const OK: AppraisalResult = { ok: true }
const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim().length > 0
const label = (s: CommendationStatus) => `“${COMMENDATION_STATUS_LABELS[s].vi}”`

/** The only moves: proposed → appraising → approved | returned; a returned proposal may be proposed again. */
const NEXT: Record<CommendationStatus, readonly CommendationStatus[]> = {
  proposed: ['appraising'],
  appraising: ['approved', 'returned'],
  approved: [],
  returned: ['proposed'],
}

/**
 * Unit officers file proposals (and re-file returned ones); only Sở Nội vụ takes a proposal into appraisal and
 * decides it: approved with a decision number and date, or returned with a note. Organizers may also record
 * commendations decided earlier at any status.
 */
export function checkAppraisal({ from, to, role, note, decisionNumber, decisionDate }: AppraisalRequest): AppraisalResult {
  if (!COMMENDATION_STATUSES.includes(to) || (from !== null && !COMMENDATION_STATUSES.includes(from)))
    return fail('Trạng thái khen thưởng không hợp lệ.')
  const organizer = isOrganizerRole(role)
  if (!organizer && role !== 'unitOfficer') return fail('Bạn không có quyền đề nghị hoặc xét khen thưởng.')
  const needs = (): AppraisalResult => {
    if (to === 'returned' && !filled(note)) return fail('Cần ghi lý do trả lại đề nghị khen thưởng.')
    if (to === 'approved' && (!filled(decisionNumber) || !filled(decisionDate)))
      return fail('Cần nhập số và ngày quyết định khen thưởng khi duyệt.')
    return OK
  }
  if (from === null) {
    if (organizer) return needs()
    return to === 'proposed' ? OK : fail('Đơn vị chỉ được tạo đề nghị khen thưởng; việc thẩm định, duyệt do Sở Nội vụ quyết định.')
  }
  if (from === to) return OK
  if (!NEXT[from].includes(to)) return fail(`Không thể chuyển đề nghị khen thưởng từ ${label(from)} sang ${label(to)}.`)
  if (!organizer && to !== 'proposed') return fail(`Chỉ Sở Nội vụ được chuyển đề nghị khen thưởng sang ${label(to)}.`)
  return needs()
}

/** A unit officer edits a proposal only while it is theirs to edit: proposed or returned. */
export function checkOfficerEdit(status: CommendationStatus): AppraisalResult {
  return status === 'proposed' || status === 'returned'
    ? OK
    : fail(`Đề nghị khen thưởng ở trạng thái ${label(status)}, đơn vị không được sửa.`)
}
