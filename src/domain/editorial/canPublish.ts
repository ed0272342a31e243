import { canReview, type Reviewer, type RuleResult } from './canReview'

export interface ReviewState {
  sourcesChecked?: boolean | null
  noExaggeration?: boolean | null
}

export interface PublishCandidate {
  review?: ReviewState | null
  /** the person vouching for the review (the one who ticked the checks) */
  reviewer?: Reviewer | null
  outlet?: number | string | null
  format?: 'text' | 'audio' | 'video' | string | null
  transcript?: string | null
}

/**
 * The plan asks for propaganda that is objective, truthful and without exaggeration: an article goes public only
 * after a reviewer allowed for its outlet ticked both checks, and a radio or television piece only with its transcript
 * (so it can be read, searched and checked).
 */
export function canPublish(a: PublishCandidate): RuleResult {
  const reasons: string[] = []
  if (!a.review?.sourcesChecked) reasons.push('Chưa xác nhận "Đã kiểm tra nguồn tin".')
  if (!a.review?.noExaggeration) reasons.push('Chưa xác nhận "Không cường điệu, thổi phồng thành tích".')
  const reviewer = canReview(a.reviewer, a.outlet)
  if (!reviewer.ok) reasons.push(...reviewer.reasons)
  if ((a.format === 'audio' || a.format === 'video') && !a.transcript?.trim())
    reasons.push('Bài phát thanh, truyền hình phải có lời thoại (transcript) trước khi đăng.')
  return reasons.length ? { ok: false, reasons } : { ok: true }
}

/**
 * The 400 message shown to the editor. No colon: the admin toast reads "intro: a, b, c" as a list of field errors
 * and would cut the reasons apart at every comma.
 */
export const publishRefusal = (reasons: string[]) => `Chưa thể đăng bài vì bài phải được duyệt trước khi đăng. ${reasons.join(' ')}`
