import { ENTRY_STATUS_LABELS } from './labels'

export type EntryStatus = keyof typeof ENTRY_STATUS_LABELS
export type Actor = 'journalist' | 'organizer'

/** `field`: the form field that makes the move possible once filled (the screening reason). */
export type TransitionCheck = { ok: true } | { ok: false; message: string; field?: string }

/** Moves an author makes, only while the contest accepts entries. */
const JOURNALIST_MOVES: Record<string, readonly EntryStatus[]> = {
  draft: ['draft', 'submitted', 'withdrawn'],
  submitted: ['submitted', 'withdrawn'],
}

/** Screening and results, by the organizers, at any time. */
const ORGANIZER_MOVES: Record<string, readonly EntryStatus[]> = {
  draft: ['draft', 'submitted', 'withdrawn'],
  submitted: ['submitted', 'withdrawn', 'eligible', 'ineligible'],
  withdrawn: ['withdrawn'],
  eligible: ['eligible', 'ineligible', 'shortlisted'],
  ineligible: ['ineligible', 'eligible'],
  shortlisted: ['shortlisted', 'eligible', 'awarded'],
  awarded: ['awarded', 'shortlisted'],
}

const label = (s: string | null | undefined) => (s && s in ENTRY_STATUS_LABELS ? ENTRY_STATUS_LABELS[s as EntryStatus].vi : String(s))

const isStatus = (s: unknown): s is EntryStatus => typeof s === 'string' && s in ENTRY_STATUS_LABELS

/**
 * Whether `actor` may save an entry moving from `from` (null when creating) to `to`.
 * `open` says whether the contest accepts entries right now (see deadline.ts); `reason` is the screening reason.
 */
export function checkTransition(args: {
  actor: Actor
  from: string | null
  to: string
  open: boolean
  reason?: string | null
}): TransitionCheck {
  const { actor, from, to, open } = args
  if (!isStatus(to)) return { ok: false, message: `Trạng thái "${to}" không hợp lệ.` }
  if (from !== null && !isStatus(from)) return { ok: false, message: `Trạng thái "${from}" không hợp lệ.` }

  if (from === null) {
    if (to !== 'draft' && to !== 'submitted') return { ok: false, message: 'Tác phẩm mới chỉ có thể lưu nháp hoặc nộp bài.' }
    if (actor === 'journalist' && !open) return { ok: false, message: 'Cuộc thi không còn nhận tác phẩm.' }
    return { ok: true }
  }

  if (actor === 'journalist') {
    const allowed = JOURNALIST_MOVES[from]
    if (!allowed) return { ok: false, message: `Tác phẩm ở trạng thái "${label(from)}" không thể sửa hoặc rút.` }
    if (!open) return { ok: false, message: 'Đã hết hạn nộp bài: không thể sửa hoặc rút tác phẩm.' }
    if (!allowed.includes(to)) {
      if (['eligible', 'ineligible', 'shortlisted', 'awarded'].includes(to))
        return { ok: false, message: 'Chỉ Ban Tổ chức mới thẩm định và xét giải tác phẩm.' }
      return { ok: false, message: `Không thể chuyển tác phẩm từ "${label(from)}" sang "${label(to)}".` }
    }
    return { ok: true }
  }

  if (!ORGANIZER_MOVES[from]?.includes(to))
    return { ok: false, message: `Không thể chuyển tác phẩm từ "${label(from)}" sang "${label(to)}".` }
  if (to === 'ineligible' && from !== 'ineligible' && !args.reason?.trim())
    return { ok: false, message: 'Vui lòng ghi lý do khi xác định tác phẩm không hợp lệ.', field: 'screeningReason' }
  return { ok: true }
}
