import { bilingualLabels } from '@/domain/bilingual'

export const NOMINATION_STATUSES = ['new', 'accepted', 'rejected', 'duplicate'] as const
export type NominationStatus = (typeof NOMINATION_STATUSES)[number]

export const NOMINATION_STATUS_LABELS = bilingualLabels<NominationStatus>({
  new: ['Mới gửi', 'New'],
  accepted: ['Đã tiếp nhận', 'Accepted'],
  rejected: ['Không tiếp nhận', 'Rejected'],
  duplicate: ['Trùng lặp', 'Duplicate'],
})

/** Only a nomination nobody has decided on yet can become an exemplar. */
export const canAccept = (status: string | null | undefined): boolean => status == null || status === 'new'
