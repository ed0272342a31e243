import type { Access } from 'payload'
import { asUser, hasRole, refId } from './user'

/** Editors create columns and articles only in their own outlets; an article names its column, whose outlet decides. */
export const createInOwnOutlet: Access = async ({ req, data }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  if (!user || !hasRole(user, 'editor')) return false
  const own = (user.outlets ?? []).map((o) => Number(refId(o)))
  let outlet = refId(data?.outlet)
  const column = refId(data?.column)
  if (outlet == null && column != null) {
    const doc = await req.payload.findByID({ collection: 'columns', id: column, depth: 0, req, overrideAccess: true, disableErrors: true })
    outlet = refId(doc?.outlet)
  }
  return outlet == null ? own.length > 0 : own.includes(Number(outlet))
}
