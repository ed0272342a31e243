import { describe, expect, it } from 'vitest'
import { checkCoAuthors, checkEntryCap } from '../../src/domain/contest/entryCaps'

describe('checkEntryCap (max 3)', () => {
  it.each([
    ['first submission', [], 'submitted', true],
    ['third submission', ['submitted', 'eligible'], 'submitted', true],
    ['fourth submission', ['submitted', 'eligible', 'awarded'], 'submitted', false],
    ['fourth with one shortlisted', ['submitted', 'submitted', 'shortlisted'], 'submitted', false],
    ['withdrawn ones do not count', ['submitted', 'withdrawn', 'withdrawn', 'submitted'], 'submitted', true],
    ['drafts do not count', ['draft', 'draft', 'draft', 'submitted'], 'submitted', true],
    ['ineligible ones do not count', ['ineligible', 'submitted', 'submitted'], 'submitted', true],
    ['saving a draft is never capped', ['submitted', 'submitted', 'submitted'], 'draft', true],
    ['withdrawing is never capped', ['submitted', 'submitted', 'submitted'], 'withdrawn', true],
    ['an organizer marking the 4th eligible is capped too', ['eligible', 'eligible', 'eligible'], 'eligible', false],
  ])('%s → %s', (_label, others, next, ok) => expect(checkEntryCap({ otherStatuses: others, nextStatus: next, max: 3 }).ok).toBe(ok))

  it('uses the contest’s own maximum and explains in Vietnamese', () => {
    expect(checkEntryCap({ otherStatuses: ['submitted'], nextStatus: 'submitted', max: 1 })).toEqual({
      ok: false,
      message:
        'Mỗi tác giả chỉ được gửi tối đa 1 tác phẩm cho cuộc thi này; bạn đã gửi 1 tác phẩm. Hãy rút một tác phẩm trước khi nộp ' +
        'tác phẩm khác.',
    })
    expect(checkEntryCap({ otherStatuses: ['submitted'], nextStatus: 'submitted', max: 5 }).ok).toBe(true)
  })
})

describe('checkCoAuthors', () => {
  it.each([
    [0, 2, true],
    [2, 2, true],
    [3, 2, false],
    [0, 0, true],
    [1, 0, false],
    [4, 4, true],
  ])('%i co-authors with max %i → %s', (count, max, ok) => expect(checkCoAuthors(count, max).ok).toBe(ok))

  it('says so when a category takes no co-authors', () => {
    expect(checkCoAuthors(1, 0)).toEqual({ ok: false, message: 'Thể loại này không nhận tác phẩm có đồng tác giả.' })
    expect(checkCoAuthors(3, 2)).toEqual({ ok: false, message: 'Thể loại này cho phép tối đa 2 đồng tác giả (bạn ghi 3).' })
  })
})
