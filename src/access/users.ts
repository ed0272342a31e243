import type { Access, FieldAccess } from 'payload'
import { asUser, hasRole } from './user'

/** Organisers list staff and journalists (to assign judges, move officers); everyone else sees only themselves. */
export const readUsers: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin', 'organizer')) return true
  return { id: { equals: user.id } }
}

export const updateUsers: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin', 'organizer')) return true
  return { id: { equals: user.id } }
}

/** Anyone may register on the site; the role field decides (only admins set staff roles). */
export const registerOrAdmin: Access = () => true

/** An organiser moves a unit officer to a successor unit; nobody else changes a user's unit. */
export const organizerField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'organizer')
