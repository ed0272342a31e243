import { formatVnDateTime } from './deadline'

/** Where the next step is done: the contest document, its entries to screen, the ranking screen, the public results. */
export type StageTarget = 'contest' | 'entriesToScreen' | 'leaderboard' | 'results'

export interface StageContest {
  status: string
  deadline?: string | Date | null
  uploadGraceMinutes?: number | null
  rounds?: { round: string; closed?: boolean | null }[] | null
  results?: { allocation?: unknown; approved?: boolean | null } | null
}

export interface JudgingStage {
  /** where the contest is, in words */
  stage: string
  /** what the organizer does next */
  next: string
  target: StageTarget
  /** the ranking screen has something to show */
  ranking: boolean
}

const ROUND_WORD: Record<string, string> = { preliminary: 'sơ khảo', final: 'chung khảo' }

/**
 * The stage of a contest on its way from the deadline to published results, and the organizer's next step. Null
 * while judging cannot start: a draft, or a contest still taking entries (the deadline and its upload grace not
 * yet passed). `unscreened`: entries still "Đã nộp", waiting for Hợp lệ / Không hợp lệ.
 */
export function judgingStage(c: StageContest, now: Date, unscreened = 0): JudgingStage | null {
  if (c.status === 'draft') return null
  if (c.status === 'open') {
    const deadline = c.deadline == null ? NaN : new Date(c.deadline).getTime()
    const grace = Math.max(0, Number(c.uploadGraceMinutes) || 0) * 60_000
    if (Number.isNaN(deadline) || now.getTime() <= deadline + grace) return null
    return {
      stage: `Đã hết hạn nộp bài (${formatVnDateTime(new Date(deadline))}) nhưng trạng thái vẫn là "Đang nhận bài"`,
      next: 'Chuyển trạng thái cuộc thi sang "Đã hết hạn nhận bài" để khóa việc gửi, sửa bài và bắt đầu thẩm định.',
      target: 'contest',
      ranking: false,
    }
  }
  if (c.status === 'closed') {
    return unscreened > 0
      ? {
          stage: 'Đã hết hạn nhận bài, đang thẩm định',
          next: `Thẩm định ${unscreened} tác phẩm còn ở trạng thái "Đã nộp": chọn "Hợp lệ" hoặc "Không hợp lệ" (ghi lý do).`,
          target: 'entriesToScreen',
          ranking: false,
        }
      : {
          stage: 'Đã thẩm định xong',
          next: 'Chuyển trạng thái cuộc thi sang "Đang chấm" để phân công giám khảo và chấm.',
          target: 'contest',
          ranking: false,
        }
  }
  if (c.status === 'judging') {
    const open = (c.rounds ?? []).find((r) => !r.closed)
    if (open) {
      const word = ROUND_WORD[open.round] ?? open.round
      return {
        stage: `Đang chấm vòng ${word}`,
        next: `Phân công giám khảo, theo dõi phiếu chấm, rồi "Kết thúc vòng" ${word}.`,
        target: 'leaderboard',
        ranking: true,
      }
    }
    if (!(c.rounds ?? []).length)
      return { stage: 'Đang chấm', next: 'Khai báo vòng chấm và tiêu chí chấm trong cuộc thi.', target: 'contest', ranking: false }
    const allocated = Array.isArray(c.results?.allocation) && c.results.allocation.length > 0
    if (!allocated)
      return {
        stage: 'Các vòng chấm đã kết thúc',
        next: 'Bấm "Xét giải (đề xuất)" trên bảng xếp hạng.',
        target: 'leaderboard',
        ranking: true,
      }
    if (!c.results?.approved)
      return { stage: 'Đã đề xuất giải', next: 'Phê duyệt đề xuất giải trên bảng xếp hạng.', target: 'leaderboard', ranking: true }
    return {
      stage: 'Đề xuất giải đã được phê duyệt',
      next: 'Công bố kết quả trên bảng xếp hạng (gửi thư báo cho tác giả đạt giải).',
      target: 'leaderboard',
      ranking: true,
    }
  }
  if (c.status === 'resultsPublished')
    return { stage: 'Đã công bố kết quả', next: 'Không còn việc phải làm; xem trang kết quả công khai.', target: 'results', ranking: true }
  return null
}
