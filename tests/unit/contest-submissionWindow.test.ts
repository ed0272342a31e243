import { describe, expect, it } from 'vitest'
import { acceptsEntries, checkSubmissionWindow, type SaveAttempt } from '../../src/domain/contest/submissionWindow'

// opens 01/01/2026 07:00, deadline 31/03/2026 23:59 in Vietnam (16:59 UTC), 10 minutes of upload grace
const contest = { status: 'open', opensAt: '2026-01-01T00:00:00.000Z', deadline: '2026-03-31T16:59:00.000Z', uploadGraceMinutes: 10 }
const before = '2026-03-31T16:58:00.000Z'
const attempt = (over: Partial<SaveAttempt>): SaveAttempt => ({
  contest,
  now: new Date(before),
  organizer: false,
  submitting: true,
  filesReceivedAt: [before],
  entryCreatedAt: '2026-03-30T00:00:00.000Z',
  ...over,
})

describe('acceptsEntries (the contest page button)', () => {
  it.each([
    ['before opensAt', '2025-12-31T16:00:00.000Z', false],
    ['inside the window', '2026-02-01T00:00:00.000Z', true],
    ['inside the upload grace: no new submissions', '2026-03-31T17:01:00.000Z', false],
  ])('%s → %s', (_label, now, open) => expect(acceptsEntries(contest, new Date(now)).open).toBe(open))

  it('says when the contest starts taking entries', () => {
    const r = acceptsEntries(contest, new Date('2025-12-01T00:00:00Z'))
    expect(!r.open && r.message).toBe('Cuộc thi bắt đầu nhận tác phẩm từ 01/01/2026 07:00 (giờ Việt Nam).')
  })
})

describe('checkSubmissionWindow (every save of an entry)', () => {
  it('inside the window: open, not graced', () =>
    expect(checkSubmissionWindow(attempt({}))).toEqual({ ok: true, open: true, graced: false }))

  it('before opensAt an author is refused with the opening time', () => {
    expect(checkSubmissionWindow(attempt({ now: new Date('2025-12-31T00:00:00Z') }))).toEqual({
      ok: false,
      message: 'Cuộc thi bắt đầu nhận tác phẩm từ 01/01/2026 07:00 (giờ Việt Nam).',
    })
  })

  it('5 minutes after the deadline a submit whose files arrived in time is graced', () => {
    expect(checkSubmissionWindow(attempt({ now: new Date('2026-03-31T17:04:00.000Z') }))).toEqual({ ok: true, open: true, graced: true })
  })

  it.each([
    ['a draft save', { submitting: false }],
    ['a file that arrived after the deadline', { filesReceivedAt: ['2026-03-31T17:00:30.000Z'] }],
    ['an attached file that does not exist', { filesReceivedAt: null }],
    ['11 minutes late', { now: new Date('2026-03-31T17:10:00.001Z') }],
    ['an entry this late submit creates', { entryCreatedAt: null }],
    ['an entry first saved after the deadline', { entryCreatedAt: '2026-03-31T17:01:00.000Z' }],
  ])('after the deadline, %s is refused', (_label, over) => {
    const r = checkSubmissionWindow(attempt({ now: new Date('2026-03-31T17:04:00.000Z'), ...over }))
    expect(r).toEqual({ ok: false, message: 'Đã hết hạn nộp bài lúc 31/03/2026 23:59 (giờ Việt Nam): không thể gửi hoặc sửa tác phẩm.' })
  })

  it('a closed contest takes no grace', () => {
    const r = checkSubmissionWindow(attempt({ contest: { ...contest, status: 'closed' }, now: new Date('2026-03-31T17:04:00.000Z') }))
    expect(r).toEqual({ ok: false, message: 'Cuộc thi hiện không nhận tác phẩm.' })
  })

  it('organizers save at any time, but the lifecycle sees the contest as closed', () => {
    expect(checkSubmissionWindow(attempt({ organizer: true, contest: { ...contest, status: 'judging' } }))).toEqual({
      ok: true,
      open: false,
      graced: false,
    })
    expect(checkSubmissionWindow(attempt({ organizer: true, now: new Date('2027-01-01T00:00:00Z') }))).toEqual({
      ok: true,
      open: false,
      graced: false,
    })
  })
})
