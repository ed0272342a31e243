import type { Access } from 'payload'
import { readableUnitIds } from '../lib/unitScope'
import { asUser, hasRole, refId } from './user'

/** Organisers read every report; a unit officer the reports of their own units (and their predecessors). */
export { readOwnUnitReports as readAnnualReports } from './inOwnUnit'

/** Organisers request any report (the province roll-up has no unit); unit officers only for their own unit. */
export const requestAnnualReport: Access = async ({ req, data }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin', 'organizer')) return true
  const unit = refId(user?.unit)
  if (!user || !hasRole(user, 'unitOfficer') || unit == null) return false
  if (!data) return true
  const target = refId(data.unit)
  return target != null && (await readableUnitIds(req, Number(unit))).includes(Number(target))
}
