import { describe, expect, it } from 'vitest'
import { judgingStage } from '../../src/domain/contest/judgingStage'

// deadline 31/03/2026 23:59 in Vietnam, 10 minutes of upload grace
const deadline = '2026-03-31T16:59:00.000Z'
const at = (iso: string) => new Date(iso)
const rounds = [
  { round: 'preliminary', closed: true },
  { round: 'final', closed: false },
]

describe('judgingStage', () => {
  it.each([
    ['a draft', { status: 'draft', deadline }, '2027-01-01T00:00:00Z'],
    ['an open contest before its deadline', { status: 'open', deadline }, '2026-03-31T16:00:00Z'],
    ['an open contest inside the upload grace', { status: 'open', deadline, uploadGraceMinutes: 10 }, '2026-03-31T17:05:00Z'],
  ])('%s cannot start judging', (_l, c, now) => expect(judgingStage(c, at(now))).toBeNull())

  it('an open contest past its deadline: change the status on the contest', () => {
    expect(judgingStage({ status: 'open', deadline, uploadGraceMinutes: 10 }, at('2026-03-31T17:10:00.001Z'))).toEqual({
      stage: 'Đã hết hạn nộp bài (31/03/2026 23:59) nhưng trạng thái vẫn là "Đang nhận bài"',
      next: 'Chuyển trạng thái cuộc thi sang "Đã hết hạn nhận bài" để khóa việc gửi, sửa bài và bắt đầu thẩm định.',
      target: 'contest',
      ranking: false,
    })
  })

  it('closed: screen the entries still submitted, then move to judging', () => {
    expect(judgingStage({ status: 'closed' }, at(deadline), 3)).toMatchObject({
      target: 'entriesToScreen',
      next: expect.stringContaining('Thẩm định 3 tác phẩm'),
    })
    expect(judgingStage({ status: 'closed' }, at(deadline), 0)).toMatchObject({
      target: 'contest',
      next: expect.stringContaining('"Đang chấm"'),
    })
  })

  it('judging: the first open round, then propose, approve, publish on the ranking screen', () => {
    expect(judgingStage({ status: 'judging', rounds }, at(deadline))).toMatchObject({
      stage: 'Đang chấm vòng chung khảo',
      target: 'leaderboard',
    })
    const done = rounds.map((r) => ({ ...r, closed: true }))
    expect(judgingStage({ status: 'judging', rounds: done }, at(deadline))?.next).toContain('Xét giải')
    expect(
      judgingStage({ status: 'judging', rounds: done, results: { allocation: [{ entry: 1, prize: 'A' }] } }, at(deadline))?.next,
    ).toContain('Phê duyệt')
    expect(
      judgingStage({ status: 'judging', rounds: done, results: { allocation: [{ entry: 1, prize: 'A' }], approved: true } }, at(deadline))
        ?.next,
    ).toContain('Công bố kết quả')
    expect(judgingStage({ status: 'judging', rounds: [] }, at(deadline))).toMatchObject({ target: 'contest' })
  })

  it('results published: nothing left but the public page', () =>
    expect(judgingStage({ status: 'resultsPublished' }, at(deadline))?.target).toBe('results'))
})
