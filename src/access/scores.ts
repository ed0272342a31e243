import type { Access } from 'payload'
import { asUser, hasRole, refId } from './user'

/** A judge creates a score sheet only for an assignment of their own that is not a declared conflict. */
export const createOwnScore: Access = async ({ req, data }) => {
  const user = asUser(req.user)
  if (!user || !hasRole(user, 'judge')) return false
  const id = refId(data?.assignment)
  if (id == null) return true // the hook answers with a clear 400
  const assignment = await req.payload.findByID({ collection: 'judgeAssignments', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return !!assignment && String(refId(assignment.judge)) === String(user.id) && assignment.status !== 'conflict'
}

/** Judges edit only their own sheets (locked ones are refused by the hook); organisers unlock through /unlock, not by editing. */
export const updateOwnScore: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user || !hasRole(user, 'judge')) return false
  return { judge: { equals: user.id } }
}
