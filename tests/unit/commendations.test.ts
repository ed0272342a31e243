import { describe, expect, it } from 'vitest'
import { checkAppraisal, checkOfficerEdit, COMMENDATION_STATUSES, type CommendationStatus } from '../../src/domain/commendations/appraisal'

const S = COMMENDATION_STATUSES
/** Allowed moves (with a note and a decision when needed), rows = from, columns = to: proposed appraising approved returned. */
const ORGANIZER: Record<CommendationStatus, string> = {
  proposed: /*  */ '= Y - -',
  appraising: /**/ '- = Y Y',
  approved: /*  */ '- - = -',
  returned: /*  */ 'Y - - =',
}
const OFFICER: Record<CommendationStatus, string> = {
  proposed: /*  */ '= - - -',
  appraising: /**/ '- = - -',
  approved: /*  */ '- - = -',
  returned: /*  */ 'Y - - =',
}
const cases = (table: Record<CommendationStatus, string>) =>
  S.flatMap((from) => table[from].split(' ').map((mark, i) => ({ from, to: S[i], mark })))
const complete = { note: 'Hồ sơ thiếu minh chứng', decisionNumber: '123/QĐ-UBND', decisionDate: '2025-05-20' }

describe('checkAppraisal — every pair', () => {
  it.each(cases(ORGANIZER))('organizer: $from → $to is $mark', ({ from, to, mark }) => {
    expect(checkAppraisal({ from, to, role: 'organizer', ...complete }).ok).toBe(mark !== '-')
    expect(checkAppraisal({ from, to, role: 'admin', ...complete }).ok).toBe(mark !== '-')
  })
  it.each(cases(OFFICER))('unit officer: $from → $to is $mark', ({ from, to, mark }) => {
    expect(checkAppraisal({ from, to, role: 'unitOfficer', ...complete }).ok).toBe(mark !== '-')
  })
})

describe('checkAppraisal — details', () => {
  it('a return needs a note; an approval needs a decision number and date', () => {
    expect(checkAppraisal({ from: 'appraising', to: 'returned', role: 'organizer', note: ' ' })).toEqual({
      ok: false,
      message: 'Cần ghi lý do trả lại đề nghị khen thưởng.',
    })
    expect(checkAppraisal({ from: 'appraising', to: 'approved', role: 'organizer', decisionNumber: '12/QĐ' })).toEqual({
      ok: false,
      message: 'Cần nhập số và ngày quyết định khen thưởng khi duyệt.',
    })
  })
  it('unit officers create proposals only; organizers may record decided commendations', () => {
    expect(checkAppraisal({ from: null, to: 'proposed', role: 'unitOfficer' }).ok).toBe(true)
    for (const to of ['appraising', 'approved', 'returned'] as const)
      expect(checkAppraisal({ from: null, to, role: 'unitOfficer', ...complete })).toEqual({
        ok: false,
        message: 'Đơn vị chỉ được tạo đề nghị khen thưởng; việc thẩm định, duyệt do Sở Nội vụ quyết định.',
      })
    expect(checkAppraisal({ from: null, to: 'approved', role: 'organizer', ...complete }).ok).toBe(true)
    expect(checkAppraisal({ from: null, to: 'approved', role: 'organizer' }).ok).toBe(false)
  })
  it('tells a unit officer who decides', () => {
    expect(checkAppraisal({ from: 'proposed', to: 'appraising', role: 'unitOfficer' })).toEqual({
      ok: false,
      message: 'Chỉ Sở Nội vụ được chuyển đề nghị khen thưởng sang “Đang thẩm định”.',
    })
  })
  it('other roles neither propose nor decide', () => {
    for (const role of ['editor', 'judge', 'journalist', null] as const)
      expect(checkAppraisal({ from: null, to: 'proposed', role }).ok).toBe(false)
  })
  it('a unit officer edits a proposal only while proposed or returned', () => {
    expect(S.filter((s) => checkOfficerEdit(s).ok)).toEqual(['proposed', 'returned'])
  })
})
