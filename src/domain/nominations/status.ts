export const NOMINATION_STATUSES = ['new', 'accepted', 'rejected', 'duplicate'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, { vi: string; en: string }> = {
  new: { vi: 'Mới gửi', en: 'New' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  rejected: { vi: 'Không tiếp nhận', en: 'Rejected' },
  duplicate: { vi: 'Trùng lặp', en: 'Duplicate' },
}

/** Only a nomination nobody has decided on yet can become an exemplar. */
export const canAccept = (status: string | null | undefined): boolean => status == null || status === 'new'
