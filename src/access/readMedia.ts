import type { Access, AccessResult } from 'payload'
import { STAFF_ROLES } from '../domain/roles'
import { asUser, hasRole } from './user'

/** Public media for everyone; private uploads (contest entries) for their uploader and staff. */
export const readMedia: Access = ({ req }): AccessResult => {
  const user = asUser(req.user)
  if (hasRole(user, ...STAFF_ROLES)) return true
  if (user) return { or: [{ visibility: { equals: 'public' } }, { owner: { equals: user.id } }] }
  return { visibility: { equals: 'public' } }
}

export const ownMedia: Access = ({ req }): AccessResult => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer', 'editor', 'unitOfficer')) return true
  return user ? { owner: { equals: user.id } } : false
}

export const canUpload: Access = ({ req }) => !!req.user
