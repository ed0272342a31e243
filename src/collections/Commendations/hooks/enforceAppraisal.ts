import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { trusted } from '@/lib/api/trustedWrite'
import { asUser, refId } from '@/access/user'
import { checkAppraisal, checkOfficerEdit, type CommendationStatus } from '@/domain/commendations/appraisal'
import type { Role } from '@/domain/roles'
import { writeAudit } from '@/lib/audit'

const dateText = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : null)

/**
 * The appraisal rule (src/domain/commendations/appraisal.ts) for every caller. As for exemplars, the signed-in
 * user's role decides even under overrideAccess; server code without a user acts as Sở Nội vụ; the seed is exempt.
 */
export const enforceAppraisal: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (refId(data.exemplar) == null && !(typeof data.recipientName === 'string' && data.recipientName.trim()))
    throw new Refusal('Cần chọn điển hình hoặc ghi tên tập thể, cá nhân được đề nghị khen thưởng.', 400)
  if (trusted(req)) return data
  const user = asUser(req.user)
  const role: Role | null | undefined = user ? user.role : 'organizer'
  const from = operation === 'create' ? null : ((originalDoc?.status ?? 'proposed') as CommendationStatus)
  const to = (data.status ?? from ?? 'proposed') as CommendationStatus
  if (from !== null && role === 'unitOfficer') {
    const editable = checkOfficerEdit(from)
    if (!editable.ok) throw new Refusal(editable.message, 400)
  }
  const verdict = checkAppraisal({
    from,
    to,
    role,
    note: data.returnNote,
    decisionNumber: data.decisionNumber,
    decisionDate: dateText(data.decisionDate),
  })
  if (!verdict.ok) throw new Refusal(verdict.message, 400)
  return data
}

/** Every decision (and every proposal) goes to the audit log, in the same transaction. */
export const auditAppraisal: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (trusted(req)) return doc
  const before = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (before === doc.status) return doc
  await writeAudit(req, {
    action: `commendation.${doc.status as CommendationStatus}`,
    collection: 'commendations',
    docId: doc.id,
    before: before ? { status: before } : null,
    after: { status: doc.status, decisionNumber: doc.decisionNumber ?? null, decisionDate: doc.decisionDate ?? null },
    reason: doc.status === 'returned' ? (doc.returnNote ?? undefined) : undefined,
  })
  return doc
}
