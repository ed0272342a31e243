import { describe, expect, it } from 'vitest'
import { contestOpenAt, formatVnDateTime } from '../../src/domain/contest/deadline'

// deadline 31/3/2026 23:59 in Vietnam = 31/3/2026 16:59 UTC
const contest = { status: 'open', opensAt: '2026-01-01T00:00:00.000Z', deadline: '2026-03-31T16:59:00.000Z' }

describe('contestOpenAt', () => {
  it.each([
    ['just before opening', '2025-12-31T23:59:59.999Z', false, 'notYet'],
    ['at the opening instant', '2026-01-01T00:00:00.000Z', true, null],
    ['a minute before the deadline', '2026-03-31T16:58:00.000Z', true, null],
    ['at the deadline instant (inclusive)', '2026-03-31T16:59:00.000Z', true, null],
    ['one millisecond after the deadline', '2026-03-31T16:59:00.001Z', false, 'passed'],
    ['a year later', '2027-03-31T00:00:00.000Z', false, 'passed'],
  ])('%s → open %s', (_label, now, open, reason) => {
    const r = contestOpenAt(contest, new Date(now))
    expect(r.open).toBe(open)
    if (!r.open) expect(r.reason).toBe(reason)
  })

  it.each(['draft', 'closed', 'judging', 'resultsPublished', null])('status %s is never open, even inside the dates', (status) => {
    const r = contestOpenAt({ ...contest, status }, new Date('2026-02-01T00:00:00Z'))
    expect(r).toEqual({ open: false, reason: 'notOpen', message: 'Cuộc thi hiện không nhận tác phẩm.' })
  })

  it('shows the deadline in Vietnam time, dd/MM/yyyy HH:mm', () => {
    const r = contestOpenAt(contest, new Date('2026-04-01T00:00:00Z'))
    expect(!r.open && r.message).toBe('Đã hết hạn nộp bài lúc 31/03/2026 23:59 (giờ Việt Nam): không thể gửi hoặc sửa tác phẩm.')
    const early = contestOpenAt(contest, new Date('2025-12-01T00:00:00Z'))
    expect(!early.open && early.message).toBe('Cuộc thi bắt đầu nhận tác phẩm từ 01/01/2026 07:00 (giờ Việt Nam).')
  })
})

describe('formatVnDateTime', () => {
  it.each([
    ['2026-03-31T16:59:00Z', '31/03/2026 23:59'],
    ['2026-03-31T17:00:00Z', '01/04/2026 00:00'],
    ['2025-06-30T23:30:00Z', '01/07/2025 06:30'],
    ['2026-01-05T12:05:00Z', '05/01/2026 19:05'],
  ])('%s → %s', (iso, expected) => expect(formatVnDateTime(iso)).toBe(expected))
})
