import { type CollectionBeforeChangeHook } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { asUser, refId } from '@/access/user'
import { canPublish, publishRefusal } from '@/domain/editorial/canPublish'
import { canReview, type Reviewer } from '@/domain/editorial/canReview'
import { writeAudit } from '@/lib/audit'

interface ReviewData {
  sourcesChecked?: boolean | null
  noExaggeration?: boolean | null
  reviewNote?: string | null
  reviewedBy?: number | string | { id: number | string } | null
  reviewedAt?: string | null
}

const bothTicked = (r: ReviewData | undefined | null) => !!r?.sourcesChecked && !!r?.noExaggeration

/**
 * Editorial review before publishing.
 * - Ticking both checks stamps the reviewer (the person saving) and the time; unticking one clears the stamp.
 *   Only server code without a user (seed, imports) may name the reviewer itself.
 * - Publishing (`_status: 'published'`, also when a scheduled publication runs) is refused with a 400 unless
 *   `canPublish` agrees: both checks, a reviewer allowed for the article's outlet, a transcript for audio/video.
 */
export const reviewBeforePublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const before: ReviewData = originalDoc?.review ?? {}
  const review: ReviewData = { ...before, ...(data.review ?? {}) }
  const user = asUser(req.user)
  const outlet = refId(data.outlet ?? originalDoc?.outlet)
  let stampedNow = false

  if (!bothTicked(review)) {
    review.reviewedBy = null
    review.reviewedAt = null
  } else if (user) {
    if (!bothTicked(before) || !before.reviewedBy) {
      const allowed = canReview({ role: user.role, outlets: (user.outlets ?? []).map(refId).filter((o) => o != null) }, outlet)
      if (!allowed.ok) throw new Refusal(`Bạn không thể duyệt bài này. ${allowed.reasons.join(' ')}`, 403)
      review.reviewedBy = user.id
      review.reviewedAt = new Date().toISOString()
      stampedNow = true
    } else {
      // already reviewed: the stamp stays with whoever vouched for it
      review.reviewedBy = before.reviewedBy
      review.reviewedAt = before.reviewedAt
    }
  } else {
    review.reviewedBy = refId(review.reviewedBy ?? null)
    review.reviewedAt = review.reviewedAt || before.reviewedAt || new Date().toISOString()
  }

  const status = data._status ?? originalDoc?._status
  if (status === 'published') {
    const reviewerId = refId(review.reviewedBy ?? null)
    let reviewer: Reviewer | null = null
    if (user && reviewerId != null && String(reviewerId) === String(user.id))
      reviewer = { role: user.role, outlets: (user.outlets ?? []).map(refId).filter((o) => o != null) }
    else if (reviewerId != null) {
      const doc = await req.payload.findByID({
        collection: 'users',
        id: reviewerId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      if (doc) reviewer = { role: doc.role, outlets: (doc.outlets ?? []).map((o) => refId(o as never)).filter((o) => o != null) }
    }
    const verdict = canPublish({
      review,
      reviewer,
      outlet,
      format: data.format ?? originalDoc?.format,
      transcript: data.transcript ?? originalDoc?.transcript,
    })
    if (!verdict.ok) throw new Refusal(publishRefusal(verdict.reasons), 400)
  }

  if (stampedNow && operation === 'update' && originalDoc?.id != null)
    await writeAudit(req, {
      action: 'article.reviewed',
      collection: 'articles',
      docId: originalDoc.id,
      after: { reviewedBy: review.reviewedBy, reviewNote: review.reviewNote ?? null },
    })

  return { ...data, review }
}
