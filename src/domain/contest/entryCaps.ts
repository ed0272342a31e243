/** Statuses that use up one of an author's places in a contest: not drafts, not withdrawn, not ineligible. */
export const COUNTED_STATUSES = ['submitted', 'eligible', 'shortlisted', 'awarded'] as const

export const countsTowardCap = (status: string | null | undefined): boolean =>
  !!status && (COUNTED_STATUSES as readonly string[]).includes(status)

export type CapCheck = { ok: true } | { ok: false; message: string }

/**
 * May this entry be in `nextStatus`, given the statuses of the author's *other* entries in the same contest?
 * Only entries that count are limited; a draft never is.
 */
export function checkEntryCap(args: {
  otherStatuses: readonly (string | null | undefined)[]
  nextStatus: string
  max: number | null | undefined
}): CapCheck {
  if (!countsTowardCap(args.nextStatus)) return { ok: true }
  const max = args.max ?? 3
  const used = args.otherStatuses.filter(countsTowardCap).length
  if (used + 1 > max)
    return {
      ok: false,
      message:
        `Mỗi tác giả chỉ được gửi tối đa ${max} tác phẩm cho cuộc thi này; bạn đã gửi ${used} tác phẩm. Hãy rút một tác phẩm trước ` +
        `khi nộp tác phẩm khác.`,
    }
  return { ok: true }
}

/** Co-authors listed on an entry against the category's limit. */
export function checkCoAuthors(count: number, max: number | null | undefined): CapCheck {
  const limit = max ?? 2
  if (count <= limit) return { ok: true }
  return {
    ok: false,
    message:
      limit === 0
        ? 'Thể loại này không nhận tác phẩm có đồng tác giả.'
        : `Thể loại này cho phép tối đa ${limit} đồng tác giả (bạn ghi ${count}).`,
  }
}
