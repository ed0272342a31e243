import type { Access } from 'payload'
import { readableUnitIds, writableUnitIds } from '../lib/unitScope'
import { asUser, hasRole, refId } from './user'

const NONE = { id: { equals: -1 } }

/** Inspection reports are read like other reports about units. */
export { readOwnUnitReports as readInspections } from './inOwnUnit'

/** Sở Nội vụ writes inspections; a unit officer updates the follow-up of their open units' reports (other fields are organiser-only). */
export const updateInspections: Access = async ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  const unit = refId(user?.unit)
  if (!user || !hasRole(user, 'unitOfficer') || unit == null) return false
  const ids = await writableUnitIds(req, Number(unit))
  return { unit: { in: ids.length ? ids : [-1] } }
}
