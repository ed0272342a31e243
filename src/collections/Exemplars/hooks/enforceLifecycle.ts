import { type CollectionBeforeChangeHook } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { trusted } from '@/lib/api/trustedWrite'
import { asUser, refId } from '@/access/user'
import { checkInitialStatus, checkTransition, isExemplarStatus } from '@/domain/exemplars/lifecycle'
import type { ExemplarStatus } from '@/domain/exemplars/status'
import type { Role } from '@/domain/roles'
import { vnDay } from '@/domain/units/validity'

/**
 * Enforces the exemplar lifecycle (src/domain/exemplars/lifecycle.ts) for every caller: REST, GraphQL and the
 * Local API, with or without overrideAccess.
 *
 * Who is asking:
 * - `req.user` present: that user's role decides, even when server code passes overrideAccess (the import
 *   endpoint, admin actions): overriding collection access does not grant a decision reserved to Sở Nội vụ.
 * - no `req.user` (server code acting for nobody: fixtures, scripts, jobs): treated as Sở Nội vụ. The ladder still
 *   holds (one step at a time, a reason for every step back, archive and restore), only the role limits do not.
 * - a trusted write (src/lib/api/trustedWrite.ts: the demo seed) loads historic records as they are; nothing is checked or recorded.
 *
 * The reason and evidence sent with the update (`transitionReason`, `transitionEvidence`) are moved into a
 * `statusChanges` record, written inside the same transaction, and cleared from the exemplar.
 */
export const enforceLifecycle: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const reason = typeof data.transitionReason === 'string' ? data.transitionReason.normalize('NFC').trim() : ''
  const evidence = refId(data.transitionEvidence)
  data.transitionReason = null
  data.transitionEvidence = null
  if (trusted(req)) return data

  const user = asUser(req.user)
  const role: Role | null | undefined = user ? user.role : 'organizer'

  if (operation === 'create') {
    const status = (data.status ?? 'newFactor') as ExemplarStatus
    const verdict = checkInitialStatus(status, role)
    if (!verdict.ok) throw new Refusal(verdict.message, 400)
    return data
  }

  const from = originalDoc?.status as ExemplarStatus
  const to = (data.status ?? from) as ExemplarStatus
  if (from === to) return data
  const archivedFrom = isExemplarStatus(originalDoc?.archivedFrom) ? originalDoc.archivedFrom : null
  const verdict = checkTransition({ from, to, role, reason, archivedFrom })
  if (!verdict.ok) throw new Refusal(verdict.message, 400, verdict.field)

  if (to === 'archived') data.archivedFrom = from
  else if (from === 'archived') data.archivedFrom = null

  if (to === 'recognised') {
    const year = Number(vnDay(new Date()).slice(0, 4))
    const years = ((data.recognisedYears ?? originalDoc?.recognisedYears ?? []) as number[]).map(Number)
    if (!years.includes(year)) data.recognisedYears = [...years, year].sort((a, b) => a - b)
  }

  await req.payload.create({
    collection: 'statusChanges',
    data: {
      exemplar: originalDoc.id,
      from,
      to,
      reason: reason || undefined,
      evidence: evidence == null ? undefined : Number(evidence),
      actor: user ? Number(user.id) : undefined,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return data
}
