import type { Access } from 'payload'
import { asUser, hasRole } from './user'

/** Organisers edit any assignment; a judge only their own (and the hook lets them do nothing but declare a conflict). */
export const updateOwnAssignment: Access = ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  if (user && hasRole(user, 'judge')) return { judge: { equals: user.id } }
  return false
}
