import type { Access } from 'payload'
import { asUser, hasRole, refId } from './user'

/** Editors write only in their own outlets; organisers and admins everywhere. */
export const editorOwnOutlets: Access = ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  if (!user || !hasRole(user, 'editor')) return false
  const outlets = (user.outlets ?? []).map(refId).filter((id) => id != null)
  return { outlet: { in: outlets.length ? outlets : [-1] } }
}
