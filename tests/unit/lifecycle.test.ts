import { describe, expect, it } from 'vitest'
import { checkInitialStatus, checkTransition } from '../../src/domain/exemplars/lifecycle'
import { EXEMPLAR_STATUSES, type ExemplarStatus } from '../../src/domain/exemplars/status'

/**
 * Every (from, to) pair for both roles, written out by hand.
 * F = forward step (no reason needed), R = allowed with a reason only, - = refused whatever the reason.
 * Rows are `from`, columns are `to`, in the order:
 * newFactor nurturing recognised proposedToProvince provincial proposedToCentral national archived
 */
const COLUMNS = EXEMPLAR_STATUSES
const SAME = '='

const OFFICER: Record<ExemplarStatus, string> = {
  newFactor: /*         */ '= F - - - - - R',
  nurturing: /*         */ 'R = F - - - - R',
  recognised: /*        */ '- R = F - - - R',
  proposedToProvince: /**/ '- - R = - - - R',
  provincial: /*        */ '- - - - = - - -',
  proposedToCentral: /* */ '- - - - - = - -',
  national: /*          */ '- - - - - - = -',
  archived: /*          */ '- - - - - - - =',
}

const ORGANIZER: Record<ExemplarStatus, string> = {
  newFactor: /*         */ '= F - - - - - R',
  nurturing: /*         */ 'R = F - - - - R',
  recognised: /*        */ '- R = F - - - R',
  proposedToProvince: /**/ '- - R = F - - R',
  provincial: /*        */ '- - - R = F - R',
  proposedToCentral: /* */ '- - - - R = F R',
  national: /*          */ '- - - - - R = R',
  // archived record whose earlier status is unknown: an organizer may restore it to any status, with a reason
  archived: /*          */ 'R R R R R R R =',
}

const cases = (table: Record<ExemplarStatus, string>) =>
  COLUMNS.flatMap((from) => table[from].split(' ').map((mark, i) => ({ from, to: COLUMNS[i], mark })))

for (const [name, roles, table] of [
  ['unit officer', ['unitOfficer'], OFFICER],
  ['organizer and admin', ['organizer', 'admin'], ORGANIZER],
] as const) {
  describe(`checkTransition — ${name}`, () => {
    for (const role of roles) {
      it.each(cases(table))(`${role}: $from → $to is $mark`, ({ from, to, mark }) => {
        const withReason = checkTransition({ from, to, role, reason: 'Theo đề nghị của hội đồng thi đua' })
        const without = checkTransition({ from, to, role, reason: '   ' })
        expect(withReason.ok).toBe(mark !== '-')
        expect(without.ok).toBe(mark === 'F' || mark === SAME)
        if (!withReason.ok) expect(withReason.message).toMatch(/[ạảãáàâăđêôơư]/)
        if (mark === 'R')
          expect(without.ok ? null : [without.message, without.field]).toEqual([expect.stringMatching(/lý do/), 'transitionReason'])
      })
    }
  })
}

describe('checkTransition — details', () => {
  it('un-archives only to the status the exemplar had', () => {
    expect(
      checkTransition({ from: 'archived', to: 'recognised', role: 'organizer', reason: 'Khôi phục', archivedFrom: 'recognised' }),
    ).toEqual({ ok: true })
    const wrong = checkTransition({
      from: 'archived',
      to: 'provincial',
      role: 'organizer',
      reason: 'Khôi phục',
      archivedFrom: 'recognised',
    })
    expect(wrong).toEqual({ ok: false, message: 'Điển hình chỉ được khôi phục về trạng thái trước khi lưu trữ: “Được công nhận”.' })
  })
  it('a unit officer cannot un-archive, even to the earlier status', () => {
    const res = checkTransition({ from: 'archived', to: 'nurturing', role: 'unitOfficer', reason: 'Khôi phục', archivedFrom: 'nurturing' })
    expect(res).toEqual({ ok: false, message: 'Chỉ Sở Nội vụ được đưa điển hình ra khỏi lưu trữ.' })
  })
  it('tells a unit officer that provincial is decided by Sở Nội vụ', () => {
    expect(checkTransition({ from: 'proposedToProvince', to: 'provincial', role: 'unitOfficer' })).toEqual({
      ok: false,
      message: 'Chỉ Sở Nội vụ được quyết định chuyển từ “Đề nghị cấp tỉnh” sang “Điển hình cấp tỉnh”.',
    })
  })
  it('names a returned proposal as such', () => {
    const res = checkTransition({ from: 'proposedToCentral', to: 'provincial', role: 'organizer', reason: '' })
    expect(res).toEqual({
      ok: false,
      message: 'Cần ghi lý do khi trả lại đề nghị (“Đề nghị Trung ương” → “Điển hình cấp tỉnh”).',
      field: 'transitionReason',
    })
  })
  it('refuses skipping rungs', () => {
    expect(checkTransition({ from: 'newFactor', to: 'recognised', role: 'admin', reason: 'x' })).toEqual({
      ok: false,
      message: 'Không thể chuyển thẳng từ “Nhân tố mới” sang “Được công nhận”: mỗi lần chỉ tiến hoặc lùi một bước.',
    })
  })
  it('other roles never change a status; unknown statuses are refused', () => {
    for (const role of ['editor', 'judge', 'journalist', null] as const)
      expect(checkTransition({ from: 'newFactor', to: 'nurturing', role, reason: 'x' }).ok).toBe(false)
    expect(checkTransition({ from: 'newFactor', to: 'famous' as ExemplarStatus, role: 'admin' }).ok).toBe(false)
  })
})

describe('checkInitialStatus', () => {
  const officerMay = ['newFactor', 'nurturing', 'recognised']
  it.each(EXEMPLAR_STATUSES.map((s) => ({ s })))('$s', ({ s }) => {
    expect(checkInitialStatus(s, 'unitOfficer').ok).toBe(officerMay.includes(s))
    expect(checkInitialStatus(s, 'organizer').ok).toBe(true)
    expect(checkInitialStatus(s, 'admin').ok).toBe(true)
    expect(checkInitialStatus(s, 'editor').ok).toBe(false)
  })
})
