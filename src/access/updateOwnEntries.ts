import type { Access } from 'payload'
import { asUser, hasRole } from './user'

/** Organisers edit every entry; a journalist only their own (the lifecycle hook decides what may change); judges never. */
export const updateOwnEntries: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin', 'organizer')) return true
  if (hasRole(user, 'journalist')) return { author: { equals: user.id } }
  return false
}
