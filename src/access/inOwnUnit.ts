import type { Access, PayloadRequest } from 'payload'
import { readableUnitIds, writableUnitIds } from '../lib/unitScope'
import { asUser, hasRole, refId } from './user'

const NONE = { id: { equals: -1 } }

async function officerUnits(req: PayloadRequest, mode: 'read' | 'write'): Promise<number[] | null> {
  const user = asUser(req.user)
  const unit = refId(user?.unit)
  if (!user || !hasRole(user, 'unitOfficer') || unit == null) return null
  return mode === 'read' ? readableUnitIds(req, Number(unit)) : writableUnitIds(req, Number(unit))
}

/** Unit-scoped records (field `unit`): organisers everywhere, unit officers inside their unit's subtree. */
export const readInOwnUnit: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'organizer', 'editor')) return true
  const ids = await officerUnits(req, 'read')
  return ids ? { unit: { in: ids.length ? ids : [-1] } } : NONE
}

export const writeInOwnUnit: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'organizer')) return true
  const ids = await officerUnits(req, 'write')
  return ids ? { unit: { in: ids.length ? ids : [-1] } } : false
}

/** Create cannot be answered with a query: check the unit in the submitted data. */
export const createInOwnUnit: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'organizer')) return true
  const ids = await officerUnits(req, 'write')
  if (!ids) return false
  const unit = refId(data?.unit)
  return unit == null ? true : ids.includes(Number(unit))
}

/** Reports about units (inspections, annual reports): Sở Nội vụ reads all; a unit officer those on their own units and predecessors. */
export const readOwnUnitReports: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'organizer')) return true
  const ids = await officerUnits(req, 'read')
  return ids ? { unit: { in: ids.length ? ids : [-1] } } : NONE
}
