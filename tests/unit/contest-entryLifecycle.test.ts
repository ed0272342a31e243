import { describe, expect, it } from 'vitest'
import { checkTransition } from '../../src/domain/contest/entryLifecycle'

describe('journalist', () => {
  it.each([
    // from, to, contest open, allowed
    [null, 'draft', true, true],
    [null, 'submitted', true, true],
    [null, 'eligible', true, false],
    [null, 'draft', false, false],
    ['draft', 'draft', true, true],
    ['draft', 'submitted', true, true],
    ['draft', 'withdrawn', true, true],
    ['submitted', 'submitted', true, true],
    ['submitted', 'withdrawn', true, true],
    ['submitted', 'draft', true, false],
    ['submitted', 'eligible', true, false],
    ['submitted', 'awarded', true, false],
    ['withdrawn', 'submitted', true, false],
    ['withdrawn', 'draft', true, false],
    ['eligible', 'eligible', true, false],
    ['ineligible', 'submitted', true, false],
    // after the deadline nothing moves, not even a withdrawal
    ['draft', 'submitted', false, false],
    ['submitted', 'submitted', false, false],
    ['submitted', 'withdrawn', false, false],
  ] as const)('%s → %s (open %s): %s', (from, to, open, ok) => expect(checkTransition({ actor: 'journalist', from, to, open }).ok).toBe(ok))

  it('says only the organizers screen entries', () => {
    expect(checkTransition({ actor: 'journalist', from: 'submitted', to: 'eligible', open: true })).toEqual({
      ok: false,
      message: 'Chỉ Ban Tổ chức mới thẩm định và xét giải tác phẩm.',
    })
  })
})

describe('organizer', () => {
  it.each([
    ['submitted', 'eligible', null, true],
    ['submitted', 'ineligible', 'Sao chép bài của người khác', true],
    ['submitted', 'ineligible', null, false],
    ['submitted', 'ineligible', '   ', false],
    ['eligible', 'shortlisted', null, true],
    ['shortlisted', 'awarded', null, true],
    ['submitted', 'shortlisted', null, false],
    ['submitted', 'awarded', null, false],
    ['eligible', 'awarded', null, false],
    ['draft', 'eligible', null, false],
    ['withdrawn', 'eligible', null, false],
    ['ineligible', 'eligible', null, true],
    ['ineligible', 'ineligible', null, true],
    ['eligible', 'bogus', null, false],
  ] as const)('%s → %s (reason %j): %s', (from, to, reason, ok) =>
    // the deadline never stops organizers
    expect(checkTransition({ actor: 'organizer', from, to, open: false, reason }).ok).toBe(ok),
  )

  it('asks for a reason when marking ineligible', () => {
    expect(checkTransition({ actor: 'organizer', from: 'submitted', to: 'ineligible', open: false })).toEqual({
      ok: false,
      message: 'Vui lòng ghi lý do khi xác định tác phẩm không hợp lệ.',
      field: 'screeningReason',
    })
  })
})
