import { formatVnDateTime } from '../time/vietnam'

export { formatVnDateTime }

/** The part of a contest that decides whether it accepts entries. */
export interface ContestWindow {
  status?: string | null
  opensAt?: string | Date | null
  deadline?: string | Date | null
}

export type OpenCheck = { open: true } | { open: false; reason: 'notOpen' | 'notYet' | 'passed'; message: string }

const time = (v: string | Date | null | undefined) => (v == null ? NaN : new Date(v).getTime())

/** Open for entries at `now`: status `open` and opensAt ≤ now ≤ deadline (both inclusive). */
export function contestOpenAt(contest: ContestWindow, now: Date): OpenCheck {
  if (contest.status !== 'open') return { open: false, reason: 'notOpen', message: 'Cuộc thi hiện không nhận tác phẩm.' }
  const t = now.getTime()
  const opens = time(contest.opensAt)
  const deadline = time(contest.deadline)
  if (!Number.isNaN(opens) && t < opens)
    return {
      open: false,
      reason: 'notYet',
      message: `Cuộc thi bắt đầu nhận tác phẩm từ ${formatVnDateTime(new Date(opens))} (giờ Việt Nam).`,
    }
  if (Number.isNaN(deadline) || t > deadline)
    return {
      open: false,
      reason: 'passed',
      message: Number.isNaN(deadline)
        ? 'Cuộc thi chưa có hạn nộp bài, chưa nhận tác phẩm.'
        : `Đã hết hạn nộp bài lúc ${formatVnDateTime(new Date(deadline))} (giờ Việt Nam): không thể gửi hoặc sửa tác phẩm.`,
    }
  return { open: true }
}
